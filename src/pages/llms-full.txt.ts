import type { APIRoute } from 'astro';
import { codeMarkdown, joinCodeMarkdown } from '../outputs/markdown';
import { loadReference } from '../reference/load';
import { absoluteUrl } from '../urls';
import { codePage } from '../views/code-page';
import { wordsOf } from '../views/words';

/** /llms-full.txt: every code's page as Markdown, one after the other, as each page's twin (/codes/-18.md) has it. */
export const GET: APIRoute = async ({ site, locals }) => {
	const reference = await loadReference();
	const words = wordsOf(locals.t);
	const pages = reference.codes.map((entry) =>
		codeMarkdown(
			codePage(entry, reference, words, (path) => absoluteUrl(path, site)),
			words('markdown.page'),
		),
	);
	return new Response(joinCodeMarkdown(pages), {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
