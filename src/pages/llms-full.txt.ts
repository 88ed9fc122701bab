import type { APIRoute } from 'astro';
import { joinCodeMarkdown, referenceCodeMarkdown } from '../lib/markdown';
import { loadReference } from '../loaders/load-reference';

/** /llms-full.txt: every code's page as Markdown, one after the other; each is also its page's twin (/codes/-18.md). */
export const GET: APIRoute = async ({ site }) => {
	const reference = await loadReference();
	return new Response(joinCodeMarkdown(reference.codes.map((entry) => referenceCodeMarkdown(reference, entry, site))), {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
