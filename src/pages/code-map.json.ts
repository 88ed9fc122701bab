import type { APIRoute } from 'astro';
import { loadReference } from '../reference/load';
import { ANSWER_WORDS } from '../search/answer';
import { serializeCodeMap } from '../search/code-map';
import { templatesOf } from '../views/words';

/** What exact lookup needs, fetched once when someone shows an intent to search, and cached after. */
export const GET: APIRoute = async ({ locals }) =>
	new Response(
		serializeCodeMap({
			codes: (await loadReference()).codes,
			words: templatesOf(locals.t, ANSWER_WORDS),
		}),
		{ headers: { 'content-type': 'application/json' } },
	);
