import type { APIRoute } from 'astro';
import { codesExport } from '../lib/data-export';
import { loadReference } from '../loaders/load-reference';

export const GET: APIRoute = async ({ site }) =>
	Response.json(codesExport(await loadReference(), site));
