import type { APIRoute } from 'astro';
import { COMMANDS_SCHEMA_PATH } from '../lib/data-export';
import { absoluteUrl, sitePath } from '../lib/urls';
import { commandsExportSchema, exportJsonSchema } from '../schemas/export';

/** The JSON Schema of /commands.json, generated from the same Zod schemas as the data. */
export const GET: APIRoute = ({ site }) =>
	Response.json(exportJsonSchema(commandsExportSchema, absoluteUrl(sitePath(COMMANDS_SCHEMA_PATH), site)));
