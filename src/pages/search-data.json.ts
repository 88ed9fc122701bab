import type { APIRoute } from 'astro';
import { siteSearchData } from '../outputs/search-data';
import { serializeSearchData } from '../schemas/search-data';

/** What search and the ticket packet need in the browser, fetched once on the first sign of intent, and cached after. */
export const GET: APIRoute = async ({ locals }) =>
	new Response(serializeSearchData(await siteSearchData(locals.t)), {
		headers: { 'content-type': 'application/json' },
	});
