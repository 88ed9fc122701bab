import type { APIRoute } from 'astro';
import { commandsExport } from '../lib/data-export';
import { loadReference } from '../loaders/load-reference';

export const GET: APIRoute = async ({ site }) =>
	Response.json(commandsExport(await loadReference(), site));
