import type { APIRoute } from 'astro';
import { commandsExport } from '../lib/export';
import { loadReference } from '../lib/load-reference';

export const GET: APIRoute = async ({ site }) =>
	Response.json(commandsExport(await loadReference(), site));
