import type { APIRoute, GetStaticPaths } from 'astro';
import { CONSTANTS_FILES, type ConstantsFile } from '../../outputs/constants/files';
import { constantsSource } from '../../outputs/constants/source';
import { loadReference } from '../../reference/load';

/** /sdk/result-codes.ts, /sdk/result_codes.py, /sdk/ResultCodes.cs: the codes as constants. */
export const getStaticPaths = (() =>
	Object.keys(CONSTANTS_FILES).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, locals }) =>
	new Response(
		CONSTANTS_FILES[params.file as ConstantsFile].generate(
			await constantsSource(await loadReference(), site, locals.t('site.title')),
		),
		{
			headers: { 'content-type': 'text/plain; charset=utf-8' },
		},
	);
