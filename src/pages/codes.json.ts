import type { APIRoute } from 'astro';
import { codesExport } from '../outputs/export';
import { loadReference } from '../reference/load';

export const GET: APIRoute = async ({ site }) =>
	Response.json(codesExport(await loadReference(), site));
