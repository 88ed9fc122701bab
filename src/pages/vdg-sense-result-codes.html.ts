import type { APIRoute } from 'astro';
import { offlineEdition } from '../offline/edition';
import { editionDate } from '../offline/edition-date';
import { dataFingerprint } from '../outputs/constants/source';
import { loadReference, loadVocabulary } from '../reference/load';
import { ANSWER_WORDS } from '../search/answer';
import { compileVocabulary } from '../search/vocabulary';
import { templatesOf, wordsOf } from '../views/words';

/**
 * The offline edition, /vdg-sense-result-codes.html: the whole reference in one file, served as a
 * download (src/outputs/http-headers.ts), since the site's policy would block its inline script.
 */
export const GET: APIRoute = async ({ site, locals }) => {
	const reference = await loadReference();
	return new Response(
		offlineEdition({
			reference,
			words: wordsOf(locals.t),
			answerWords: templatesOf(locals.t, ANSWER_WORDS),
			site,
			date: editionDate(),
			fingerprint: await dataFingerprint([reference.codes, reference.commands]),
			vocabulary: compileVocabulary(await loadVocabulary()),
		}),
		{ headers: { 'content-type': 'text/html; charset=utf-8' } },
	);
};
