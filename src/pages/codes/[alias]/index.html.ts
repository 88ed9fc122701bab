import type { APIRoute, GetStaticPaths } from 'astro';
import { aliasPage } from '../../../outputs/alias-page';
import { codeAliases } from '../../../reference/aliases';
import { loadReference } from '../../../reference/load';
import { absoluteUrl, codePath } from '../../../urls';

/**
 * The other addresses of a code's page, for people who type or paste them: `/codes/18/` (the sign
 * dropped) and `/codes/general-error/` (the name). `_redirects` and deploy/nginx.conf make them
 * redirects where the host can.
 */
export const getStaticPaths = (async () => {
	const reference = await loadReference();
	return codeAliases(reference.codes).map(({ alias, code }) => ({
		params: { alias },
		props: { entry: reference.code(code)! },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
	const { entry } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
	const target = codePath(entry.code);
	return new Response(
		aliasPage({
			target,
			canonical: absoluteUrl(target, site),
			title: `${entry.code} ${entry.name}`,
		}),
		{
			headers: { 'content-type': 'text/html; charset=utf-8' },
		},
	);
};
