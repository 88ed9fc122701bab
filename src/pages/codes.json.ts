import type { APIRoute } from 'astro';
import { codesExport } from '../lib/export';
import { loadReference } from '../lib/load-reference';

export const GET: APIRoute = async ({ site }) =>
	Response.json(codesExport(await loadReference(), site));
