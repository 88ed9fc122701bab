import type { APIRoute } from 'astro';
import { commandsExport } from '../outputs/export';
import { loadReference } from '../reference/load';

export const GET: APIRoute = async ({ site }) =>
	Response.json(commandsExport(await loadReference(), site));
