import type { APIRoute } from 'astro';
import { offlineEdition } from '../offline/build/edition';
import { editionDate } from '../offline/build/edition-date';
import { dataFingerprint } from '../outputs/constants/source';
import { loadReference } from '../reference/load';
import { siteSearchData } from '../outputs/search-data';
import { wordsOf } from '../views/words';

/**
 * The offline edition, /vdg-sense-result-codes.html: every code and command page in one file,
 * served as a download (src/outputs/http-headers.ts), since the site's policy would block its inline script.
 */
export const GET: APIRoute = async ({ site, locals }) => {
	const reference = await loadReference();
	return new Response(
		offlineEdition({
			reference,
			words: wordsOf(locals.t),
			searchData: await siteSearchData(locals.t),
			site,
			date: editionDate(),
			fingerprint: await dataFingerprint([reference.codes, reference.commands]),
		}),
		{ headers: { 'content-type': 'text/html; charset=utf-8' } },
	);
};
