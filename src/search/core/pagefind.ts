/**
 * Pagefind's JS API as a search engine (engine.ts): each word is searched once and kept, so that
 * typing "database offline" searches "database" once, not again at every key of "offline". It runs
 * wherever Pagefind's `pagefind.js` does: in the browser on the site, and in Node for tests.
 */
import type { EnginePage, SearchEngine } from './engine';
import type { PageText } from './excerpt';
import { PAGEFIND_RANKING, type WordHit } from './ranking';

interface PagefindResult extends WordHit {
	data(): Promise<Omit<PageText, 'locations'> & { url: string; meta: { title?: string } }>;
}

/** What search uses of Pagefind's module (`pagefind.js`). */
export interface Pagefind {
	options(options: object): Promise<void>;
	init(): Promise<void>;
	/** `null` finds every page. */
	search(term: string | null): Promise<{ results: PagefindResult[] }>;
}

/** How many one-word searches are kept: more words than a visit types. */
const KEPT_WORD_SEARCHES = 200;

/** Pagefind, loaded and initialised with `basePath` (where its files are) and `baseUrl` (where its pages are). */
export async function startPagefind(
	module: Pagefind,
	{ basePath, baseUrl }: { basePath?: string; baseUrl: string },
): Promise<Pagefind> {
	// On the main thread: for an index this small, a worker's start-up costs more than it saves.
	await module.options({
		...(basePath ? { basePath } : {}),
		baseUrl,
		ranking: PAGEFIND_RANKING,
		noWorker: true,
	});
	await module.init();
	return module;
}

export function pagefindEngine(pagefind: Pagefind): SearchEngine {
	const searches = new Map<string, Promise<PagefindResult[]>>();
	const results = new Map<string, PagefindResult>();
	return {
		find(word) {
			let found = searches.get(word);
			if (!found) {
				found = pagefind.search(word).then(({ results: hits }) => {
					for (const hit of hits) results.set(hit.id, hit);
					return hits;
				});
				found.catch(() => searches.delete(word));
				searches.set(word, found);
				if (searches.size > KEPT_WORD_SEARCHES) searches.delete(searches.keys().next().value!);
			}
			return found;
		},
		async page(id): Promise<EnginePage> {
			const { url, meta, content, anchors } = await results.get(id)!.data();
			return { url, title: meta.title ?? url, content, anchors };
		},
	};
}
