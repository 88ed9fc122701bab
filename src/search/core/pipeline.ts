/**
 * Where a query becomes an answer, for every surface and on either engine (engine.ts): the exact
 * lookup, the reading of a pasted request and the vendor's words at once (`lookupAnswer`); then full
 * text (`findPages`): the query read (vocabulary.ts: a phrase of the support vocabulary as the
 * vendor's words too, a mistyped word as the word meant), each word searched on its own, the pages
 * ranked (ranking.ts) and an excerpt taken from each (excerpt.ts). `answerQuery` runs both to the
 * end, as the offline edition and tests do; the site shows the lookup first and the pages as they
 * arrive (src/search/ui/search.ts). answer.ts turns the result into what is shown.
 */
import type { SearchData } from '../../schemas/search-data';
import type { PageHit, QueryAnswer } from './answer';
import type { SearchEngine } from './engine';
import { sentenceExcerpt } from './excerpt';
import {
	parseCodeQuery,
	pastedResults,
	resolveLookup,
	vendorWordsMatch,
	vendorWordsWithin,
	type ParsedQuery,
} from './lookup';
import { MAX_PAGES, partHits, rankPages } from './ranking';
import { diagnoseRequest, findRequest } from './request';
import { correctedText, matchesNothing } from './typos';
import type { VocabularyReading } from './vocabulary';

/** What a query's lookup says, with no pages yet. */
export type LookupAnswer = Omit<QueryAnswer, 'pages' | 'pending' | 'correction' | 'readings'>;

/** Full-text pages found so far. */
export interface FoundPages {
	pages: PageHit[];
	/** True with the last of them. */
	done: boolean;
	/** The words searched in place of words nothing matched, by the word typed. */
	corrections: Map<string, string>;
	/** The phrases searched for the vendor's words too. */
	readings: VocabularyReading[];
}

/** Nothing found, and nothing more to come where `done`. */
export const NO_PAGES = (done: boolean): FoundPages => ({
	pages: [],
	done,
	corrections: new Map(),
	readings: [],
});

let reader: Promise<typeof import('./vocabulary')> | undefined;

/**
 * How a query is read (vocabulary.ts, with the support vocabulary's Dutch stemmer), loaded when
 * first needed, so that the site's pages do not carry it until someone shows an intent to search.
 */
export function loadQueryReader(): Promise<typeof import('./vocabulary')> {
	reader ??= import('./vocabulary');
	// A failed load is tried again at the next query.
	reader.catch(() => (reader = undefined));
	return reader;
}

/** True where a query has words to search in full text: "-" or "1..64" alone would match nothing useful. */
export const wantsPages = (query: ParsedQuery) => /\p{L}/u.test(query.fullText);

/**
 * What the lookup and the reading of a pasted request say of a text: the codes it holds, the
 * vendor's words it is or holds, the results and HTTP statuses pasted, and a pasted request read
 * against its command's page, with the codes that page lists and the general rules. Without search
 * data, only what needs none (the pasted results, HTTP statuses).
 */
export function lookupAnswer(
	text: string,
	query: ParsedQuery,
	data: SearchData | undefined,
): LookupAnswer {
	const requestLine = data && findRequest(text);
	const request = requestLine ? diagnoseRequest(requestLine, data.commands) : undefined;
	const listed = new Set(request?.command?.listed ?? []);
	return {
		query: text,
		lookup: data ? resolveLookup(query.mentions, data.codes) : [],
		vendorWords: data ? vendorWordsMatch(text, data.codes) : [],
		vendorWordsWithin: data ? vendorWordsWithin(text, data.codes) : [],
		pasted: pastedResults(text),
		httpStatuses: query.httpStatuses,
		...(data && request
			? {
					request,
					requestCodes: data.codes.filter((entry) => listed.has(entry.code)),
					rules: data.rules,
				}
			: {}),
	};
}

/**
 * Full-text pages for a query's text: each word searched alone (a phrase of the support vocabulary
 * as the vendor's words too; a mistyped word as the word meant, unless `exactly`), ranked by
 * ranking.ts. `onPages` gets the pages as their excerpts arrive, best first; nothing more happens
 * once `isCurrent()` turns false.
 */
export async function findPages(
	fullText: string,
	engine: SearchEngine,
	data: SearchData | undefined,
	{
		exactly = false,
		isCurrent = () => true,
		onPages = () => {},
	}: {
		exactly?: boolean;
		isCurrent?: () => boolean;
		onPages?: (found: FoundPages) => void;
	} = {},
): Promise<FoundPages> {
	const { readQuery } = await loadQueryReader();
	const { parts, corrections, readings } = readQuery(fullText, {
		vocabulary: data?.supportVocabulary,
		isKnown: (word) => !data || !matchesNothing(word, data.knownWords),
		typoVocabulary: data?.vocabulary ?? [],
		exactly: exactly || !data,
	});
	const perPart = await Promise.all(
		parts.map((ways) =>
			Promise.all(ways.map((words) => Promise.all(words.map((word) => engine.find(word))))),
		),
	);
	const found: FoundPages = { pages: [], done: false, corrections, readings };
	if (!isCurrent()) return found;
	// All the query's words on each page, for the excerpt's sentence.
	const locations = new Map<string, number[]>();
	for (const hit of perPart.flat(3))
		locations.set(hit.id, [...(locations.get(hit.id) ?? []), ...hit.words]);
	const ranked = rankPages(perPart.map(partHits)).slice(0, MAX_PAGES);
	const loading = ranked.map((page) => engine.page(page.id));
	for (const [index, load] of loading.entries()) {
		const page = await load;
		if (!isCurrent()) return found;
		const excerpt = sentenceExcerpt({ ...page, locations: locations.get(ranked[index]!.id)! });
		found.pages = [...found.pages, { url: page.url, title: page.title, excerpt }];
		if (found.pages.length < loading.length) onPages(found);
	}
	found.done = true;
	onPages(found);
	return found;
}

/**
 * The lookup's answer with the pages found so far, the query as searched where a word was read as
 * another, and the phrases searched for the vendor's words too.
 */
export function withPages(
	answer: LookupAnswer,
	fullText: string,
	{ pages, done, corrections, readings }: FoundPages,
): QueryAnswer {
	return {
		...answer,
		pages,
		pending: !done,
		...(corrections.size > 0
			? { correction: { original: fullText, corrected: correctedText(fullText, corrections) } }
			: {}),
		...(readings.length > 0 ? { readings } : {}),
	};
}

/** The whole answer to a text: its lookup, and every page the engine finds for it. */
export async function answerQuery(
	text: string,
	engine: SearchEngine,
	data: SearchData | undefined,
	{ exactly = false }: { exactly?: boolean } = {},
): Promise<QueryAnswer> {
	const query = parseCodeQuery(text);
	const found = wantsPages(query)
		? await findPages(query.fullText, engine, data, { exactly })
		: NO_PAGES(true);
	return withPages(lookupAnswer(text, query, data), query.fullText, found);
}
