import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { searchData } from '../outputs/search-data';
import { loadReference } from '../reference/load';
import { serializeSearchData } from '../schemas/search-data';
import { settings } from '../settings';

/** What search and the ticket packet need in the browser, fetched once on the first sign of intent, and cached after. */
export const GET: APIRoute = async ({ locals }) => {
	// The text of the site's other pages, whose words the index holds too.
	const siteText = [
		...(await getCollection('docs')).map((page) => page.body ?? ''),
		...Object.values(locals.t.all()).map(String),
	];
	const data = searchData(await loadReference(), locals.t, settings.issueTrackerUrl, siteText);
	return new Response(serializeSearchData(data), {
		headers: { 'content-type': 'application/json' },
	});
};
