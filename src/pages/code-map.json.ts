import type { APIRoute } from 'astro';
import { serializeCodeMap } from '../search/code-map';
import { loadReference } from '../loaders/load-reference';

/** The code → name map for exact lookup, fetched once when a page loads and cached after. */
export const GET: APIRoute = async () =>
	new Response(serializeCodeMap((await loadReference()).codes), {
		headers: { 'content-type': 'application/json' },
	});
