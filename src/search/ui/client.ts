/**
 * Where the site's search gets what it needs: the search data (/search-data.json), Pagefind and the
 * pipeline's query reader, loaded on the first sign of intent, never on a page where nobody searches.
 */
import { PATHS } from '../../urls';
import { parseSearchData, type SearchData } from '../../schemas/search-data';
import type { SearchEngine } from '../core/engine';
import { pagefindEngine, startPagefind, type Pagefind } from '../core/pagefind';
import { loadQueryReader } from '../core/pipeline';
import type { SearchSource } from './search';

let data: Promise<SearchData | undefined> | undefined;
let engine: Promise<SearchEngine> | undefined;

/** The search data; undefined where it cannot be loaded, and lookup then stays silent. */
export function searchData(): Promise<SearchData | undefined> {
	data ??= fetch(PATHS.searchData)
		.then((response) =>
			response.ok ? response.text() : Promise.reject(new Error(response.statusText)),
		)
		.then(parseSearchData)
		.catch(() => undefined);
	return data;
}

function loadEngine(): Promise<SearchEngine> {
	engine ??= (import(/* @vite-ignore */ PATHS.pagefind) as Promise<Pagefind>)
		.then((module) => startPagefind(module, { baseUrl: PATHS.home }))
		.then(pagefindEngine);
	// A failed load is tried again at the next query.
	engine.catch(() => (engine = undefined));
	return engine;
}

/** Starts loading what search needs: called on the first sign of intent (hover, focus, Ctrl+K). */
export function prepareSearch(): void {
	void searchData();
	void loadQueryReader().catch(() => undefined);
	void loadEngine().catch(() => undefined);
}

/** The site's search: Pagefind, and the search data fetched; a query starts loading both. */
export const SITE_SEARCH: SearchSource = {
	engine: loadEngine,
	data: () => {
		prepareSearch();
		return searchData();
	},
	yieldToKeys: true,
};
