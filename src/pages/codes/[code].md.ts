import type { APIRoute, GetStaticPaths } from 'astro';
import { codeMarkdown } from '../../outputs/markdown';
import { codeRoutes } from '../../reference/load';
import { absoluteUrl } from '../../urls';
import { codePage } from '../../views/code-page';
import { wordsOf } from '../../views/words';

/** `/codes/-18.md`: a code's page as Markdown, for tools that read documentation, made from the page's own view. */
export const getStaticPaths = codeRoutes satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, locals, site }) => {
	const { entry, reference } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
	const words = wordsOf(locals.t);
	return new Response(
		codeMarkdown(
			codePage(entry, reference, words, (path) => absoluteUrl(path, site)),
			words('markdown.page'),
		),
		{
			headers: { 'content-type': 'text/markdown; charset=utf-8' },
		},
	);
};
