/**
 * The browser side of search: loads the code map and Pagefind on the first sign of intent, and
 * answers each query in two steps, the exact lookup at once and full-text pages when Pagefind has
 * them. Only the latest query's answer is shown.
 */
import { PATHS } from '../urls';
import type { AnswerWords } from './answer';
import { parseCodeMap, type CodeMap } from './code-map';
import { parseCodeQuery, resolveLookup, type LookupResult } from './lookup';
import { MAX_PAGES, PAGEFIND_RANKING, queryWords, rankPages } from './ranking';
import type { PageHit, QueryAnswer } from './answer';

interface PagefindResult {
	id: string;
	score: number;
	/** Where the searched words stand on the page. */
	words: number[];
	data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}

interface Pagefind {
	options(options: object): Promise<void>;
	init(): Promise<void>;
	search(term: string): Promise<{ results: PagefindResult[] }>;
}

let codeMap: Promise<CodeMap | undefined> | undefined;
let pagefind: Promise<Pagefind> | undefined;

/** The documented codes and the answer's words; undefined where the map cannot be loaded, and lookup then stays silent. */
function knownCodes(): Promise<CodeMap | undefined> {
	codeMap ??= fetch(PATHS.codeMap)
		.then((response) =>
			response.ok ? response.text() : Promise.reject(new Error(response.statusText)),
		)
		.then(parseCodeMap)
		.catch(() => undefined);
	return codeMap;
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
	void knownCodes();
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

/**
 * Full-text results for a query: each word searched alone, ranked by ranking.ts. `onPages` gets
 * the pages as their excerpts arrive, best first, and `done` with the last; it is not called once
 * `isCurrent()` turns false.
 */
async function searchPages(
	text: string,
	isCurrent: () => boolean,
	onPages: (pages: PageHit[], done: boolean) => void,
): Promise<void> {
	const words = queryWords(text);
	const module = await loadPagefind();
	// In a task of its own, once the key that changed the text is handled: typing stays responsive,
	// and a text that keys queued meanwhile have replaced is not searched at all.
	await nextTask();
	if (!isCurrent()) return;
	const perWord = await Promise.all(words.map((word) => searchWord(module, word)));
	if (!isCurrent()) return;
	// A page's excerpt is taken around the word that scored best on it.
	const excerptFrom = new Map<string, PagefindResult>();
	for (const result of perWord.flat()) {
		if (result.score > (excerptFrom.get(result.id)?.score ?? -Infinity))
			excerptFrom.set(result.id, result);
	}
	const ranked = rankPages(perWord).slice(0, MAX_PAGES);
	const loading = ranked.map((page) => excerptFrom.get(page.id)!.data());
	const pages: PageHit[] = [];
	for (const load of loading) {
		const page = await load;
		if (!isCurrent()) return;
		pages.push({ url: page.url, title: page.meta.title ?? page.url, excerpt: page.excerpt });
		if (pages.length < loading.length) onPages([...pages], false);
	}
	onPages(pages, true);
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
 * Returns a function that answers queries, calling `show` with the lookup as soon as the code map
 * is there and again as full-text pages arrive. Nothing is shown for a query that a newer one has
 * replaced.
 */
export function createSearch(
	show: (answer: QueryAnswer, words: AnswerWords | undefined) => void,
): (text: string) => Promise<void> {
	let latest = 0;
	// One full-text search at a time: a query typed meanwhile waits for it, and of the queries that
	// waited only the latest is searched (the others are no longer current when their turn comes).
	let fullTextQueue: Promise<void> = Promise.resolve();
	return async (text) => {
		const sequence = ++latest;
		const isCurrent = () => sequence === latest;
		prepareSearch();
		const query = parseCodeQuery(text);
		// Full text needs words: "-" or "1..64" alone would match nothing useful.
		const wantsPages = /\p{L}/u.test(query.fullText);
		let lookup: LookupResult[] | undefined;
		let words: AnswerWords | undefined;
		let pages: PageHit[] = [];
		let pending = wantsPages;
		const update = () => {
			if (isCurrent() && lookup) show({ lookup, pages, pending }, words);
		};
		const searching = wantsPages
			? (fullTextQueue = fullTextQueue.then(() =>
					searchPages(query.fullText, isCurrent, (found, done) => {
						pages = found;
						pending = !done;
						update();
					}).catch(() => {
						pending = false;
						update();
					}),
				))
			: undefined;
		const map = await knownCodes();
		lookup = map ? resolveLookup(query.mentions, map.codes) : [];
		words = map?.words;
		update();
		await searching;
	};
}
