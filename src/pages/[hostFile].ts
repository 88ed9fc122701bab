import type { APIRoute, GetStaticPaths } from 'astro';
import { headersFile } from '../outputs/http-headers';
import { redirectsFile } from '../outputs/redirects';
import { codeAliases } from '../reference/aliases';
import { loadReference } from '../reference/load';
import { codeAliasPath, codePath } from '../urls';

/**
 * `_headers` and `_redirects`, which Netlify and Cloudflare Pages read (other hosts ignore them):
 * the security headers and caching of src/outputs/http-headers.ts, and a redirect per alias of a code.
 */
export const getStaticPaths = (() => [
	{ params: { hostFile: '_headers' } },
	{ params: { hostFile: '_redirects' } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	if (params.hostFile === '_headers') return new Response(headersFile());
	const aliases = codeAliases((await loadReference()).codes);
	return new Response(
		redirectsFile(
			aliases.map(({ alias, code }) => ({ from: codeAliasPath(alias), to: codePath(code) })),
		),
	);
};
