import type { APIRoute } from 'astro';
import { CODES_SCHEMA_PATH } from '../lib/data-export';
import { absoluteUrl, sitePath } from '../lib/urls';
import { codesExportSchema, exportJsonSchema } from '../schemas/export';

/** The JSON Schema of /codes.json, generated from the same Zod schemas as the data. */
export const GET: APIRoute = ({ site }) =>
	Response.json(exportJsonSchema(codesExportSchema, absoluteUrl(sitePath(CODES_SCHEMA_PATH), site)));
