import type { APIRoute } from 'astro';
import { loadReference } from '../reference/load';
import { serializeCodeMap } from '../search/code-map';

/** The code → name map for exact lookup, fetched once when someone shows an intent to search, and cached after. */
export const GET: APIRoute = async () =>
	new Response(serializeCodeMap((await loadReference()).codes), {
		headers: { 'content-type': 'application/json' },
	});
