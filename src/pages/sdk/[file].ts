import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_TITLE } from '../../lib/site';
import { loadReference } from '../../loaders/load-reference';
import { SDK_FILES, type SdkFile } from '../../sdk/files';
import { sdkSource } from '../../sdk/source';

/** /sdk/result-codes.ts, /sdk/result_codes.py, /sdk/ResultCodes.cs: the codes as constants. */
export const getStaticPaths = (() => Object.keys(SDK_FILES).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
	new Response(SDK_FILES[params.file as SdkFile].generate(await sdkSource(await loadReference(), site, SITE_TITLE)), {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
