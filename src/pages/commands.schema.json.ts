import type { APIRoute } from 'astro';
import { commandsExportSchema, exportJsonSchema } from '../schemas/export';
import { absoluteUrl, PATHS } from '../urls';

/** The JSON Schema of /commands.json, generated from the same Zod schemas as the data. */
export const GET: APIRoute = ({ site }) =>
	Response.json(exportJsonSchema(commandsExportSchema, absoluteUrl(PATHS.commandsSchema, site)));
