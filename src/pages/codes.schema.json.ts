import type { APIRoute } from 'astro';
import { codesExportSchema, exportJsonSchema } from '../schemas/export';
import { absoluteUrl, PATHS } from '../urls';

/** The JSON Schema of /codes.json, generated from the same Zod schemas as the data. */
export const GET: APIRoute = ({ site }) =>
	Response.json(exportJsonSchema(codesExportSchema, absoluteUrl(PATHS.codesSchema, site)));
