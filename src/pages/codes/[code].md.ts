import type { APIRoute, GetStaticPaths } from 'astro';
import { referenceCodeMarkdown } from '../../lib/markdown';
import { loadReference } from '../../loaders/load-reference';
import type { ResultCode } from '../../schemas/code';

/** /codes/-18.md: the Markdown twin of a code's page, made from the data. */
export const getStaticPaths = (async () =>
	(await loadReference()).codes.map((entry) => ({ params: { code: String(entry.code) }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ResultCode }> = async ({ props, site }) =>
	new Response(referenceCodeMarkdown(await loadReference(), props.entry, site), {
		headers: { 'content-type': 'text/markdown; charset=utf-8' },
	});
