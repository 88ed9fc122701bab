import type { APIRoute } from 'astro';
import { referenceCodeMarkdown } from '../lib/markdown';
import { loadReference } from '../loaders/load-reference';

/** /llms-full.txt: every code's page as Markdown, one after the other. */
export const GET: APIRoute = async ({ site }) => {
	const reference = await loadReference();
	return new Response(reference.codes.map((entry) => referenceCodeMarkdown(reference, entry, site)).join('\n---\n\n'), {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
