/**
 * The browser side of search: loads the search data and Pagefind on the first sign of intent, and
 * answers each query in two steps, what the lookup and the reading of a pasted request say at once,
 * and full-text pages when Pagefind has them. Only the latest query's answer is shown.
 */
import { PATHS } from '../urls';
import type { PageHit, QueryAnswer } from './answer';
import { sentenceExcerpt, type PageText } from './excerpt';
import { parseCodeQuery } from './lookup';
import { MAX_PAGES, PAGEFIND_RANKING, queryWords, rankPages } from './ranking';
import { readQuery } from './reading';
import { parseSearchData, type SearchData } from './search-data';
import { correctedText, matchesNothing, wordsToSearch } from './typos';

interface PagefindResult {
	id: string;
	score: number;
	/** Where the searched words stand on the page. */
	words: number[];
	data(): Promise<PageText & { url: string; meta: { title?: string } }>;
}

interface Pagefind {
	options(options: object): Promise<void>;
	init(): Promise<void>;
	search(term: string): Promise<{ results: PagefindResult[] }>;
}

let data: Promise<SearchData | undefined> | undefined;
let pagefind: Promise<Pagefind> | undefined;

/** The search data (src/search/search-data.ts); undefined where it cannot be loaded, and lookup then stays silent. */
export function searchData(): Promise<SearchData | undefined> {
	data ??= fetch(PATHS.searchData)
		.then((response) =>
			response.ok ? response.text() : Promise.reject(new Error(response.statusText)),
		)
		.then(parseSearchData)
		.catch(() => undefined);
	return data;
}

function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (import(/* @vite-ignore */ PATHS.pagefind) as Promise<Pagefind>).then(
		async (module) => {
			// On the main thread: for an index this small, a worker's start-up costs more than it saves.
			await module.options({ baseUrl: PATHS.home, ranking: PAGEFIND_RANKING, noWorker: true });
			await module.init();
			return module;
		},
	);
	// A failed load is tried again at the next query.
	pagefind.catch(() => (pagefind = undefined));
	return pagefind;
}

/** Starts loading what search needs: called on the first sign of intent (hover, focus, Ctrl+K). */
export function prepareSearch(): void {
	void searchData();
	void loadPagefind().catch(() => undefined);
}

/** How many one-word searches are kept: more words than a visit types. */
const KEPT_WORD_SEARCHES = 200;
const wordSearches = new Map<string, Promise<PagefindResult[]>>();

/**
 * Pagefind's results for one word, searched once: typing "database offline" searches "database"
 * once, not again at every key of "offline".
 */
function searchWord(module: Pagefind, word: string): Promise<PagefindResult[]> {
	let results = wordSearches.get(word);
	if (!results) {
		results = module.search(word).then((search) => search.results);
		results.catch(() => wordSearches.delete(word));
		wordSearches.set(word, results);
		if (wordSearches.size > KEPT_WORD_SEARCHES)
			wordSearches.delete(wordSearches.keys().next().value!);
	}
	return results;
}

interface FoundPages {
	pages: PageHit[];
	done: boolean;
	/** The words searched in place of words nothing matched, by the word typed. */
	corrections: Map<string, string>;
}

/**
 * Full-text results for a query: each word searched alone (a mistyped one as the word meant), ranked
 * by ranking.ts. `onPages` gets the pages as their excerpts arrive, best first, and `done` with the
 * last; it is not called once `isCurrent()` turns false.
 */
async function searchPages(
	text: string,
	exactly: boolean,
	isCurrent: () => boolean,
	onPages: (found: FoundPages) => void,
): Promise<void> {
	const [module, data] = await Promise.all([loadPagefind(), searchData()]);
	// In a task of its own, once the key that changed the text is handled: typing stays responsive,
	// and a text that keys queued meanwhile have replaced is not searched at all.
	await nextTask();
	if (!isCurrent()) return;
	const corrections = new Map<string, string>();
	const typed = queryWords(text);
	const searched =
		exactly || !data
			? typed
			: wordsToSearch(
					typed,
					(word) => !matchesNothing(word, data.knownWords),
					data.vocabulary,
					corrections,
				);
	const perWord = await Promise.all(searched.map((word) => searchWord(module, word)));
	if (!isCurrent()) return;
	// All the query's words on each page, for the excerpt's sentence.
	const locations = new Map<string, number[]>();
	const anyResult = new Map<string, PagefindResult>();
	for (const result of perWord.flat()) {
		locations.set(result.id, [...(locations.get(result.id) ?? []), ...result.words]);
		anyResult.set(result.id, result);
	}
	const ranked = rankPages(perWord).slice(0, MAX_PAGES);
	const loading = ranked.map((page) => anyResult.get(page.id)!.data());
	const pages: PageHit[] = [];
	for (const [index, load] of loading.entries()) {
		const page = await load;
		if (!isCurrent()) return;
		const excerpt = sentenceExcerpt({ ...page, locations: locations.get(ranked[index]!.id)! });
		pages.push({ url: page.url, title: page.meta.title ?? page.url, excerpt });
		if (pages.length < loading.length) onPages({ pages: [...pages], done: false, corrections });
	}
	onPages({ pages, done: true, corrections });
}

/** Resolves in a new task: after the browser has handled the events already queued, such as keys. */
function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => resolve();
		channel.port2.postMessage(undefined);
	});
}

/**
 * Returns a function that answers queries, calling `show` with what the lookup says as soon as the
 * search data is there, and again as full-text pages arrive. Nothing is shown for a query that a
 * newer one has replaced. `exactly` searches the words as typed, without reading a mistyped one as
 * another.
 */
export function createSearch(
	show: (answer: QueryAnswer, data: SearchData | undefined) => void,
): (text: string, options?: { exactly?: boolean }) => Promise<void> {
	let latest = 0;
	// One full-text search at a time: a query typed meanwhile waits for it, and of the queries that
	// waited only the latest is searched (the others are no longer current when their turn comes).
	let fullTextQueue: Promise<void> = Promise.resolve();
	return async (text, { exactly = false } = {}) => {
		const sequence = ++latest;
		const isCurrent = () => sequence === latest;
		prepareSearch();
		const query = parseCodeQuery(text);
		// Full text needs words: "-" or "1..64" alone would match nothing useful.
		const wantsPages = /\p{L}/u.test(query.fullText);
		let answer: QueryAnswer | undefined;
		let loaded: SearchData | undefined;
		let found: FoundPages = { pages: [], done: !wantsPages, corrections: new Map() };
		const update = () => {
			if (!isCurrent() || !answer) return;
			const correction =
				found.corrections.size > 0
					? {
							original: query.fullText,
							corrected: correctedText(query.fullText, found.corrections),
						}
					: undefined;
			show(
				{
					...answer,
					pages: found.pages,
					pending: !found.done,
					...(correction ? { correction } : {}),
				},
				loaded,
			);
		};
		const searching = wantsPages
			? (fullTextQueue = fullTextQueue.then(() =>
					searchPages(query.fullText, exactly, isCurrent, (pages) => {
						found = pages;
						update();
					}).catch(() => {
						found = { ...found, done: true };
						update();
					}),
				))
			: undefined;
		loaded = await searchData();
		answer = { ...readQuery(text, loaded, query), pages: [], pending: wantsPages };
		update();
		await searching;
	};
}
