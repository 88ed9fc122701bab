/**
 * Pagefind's own search script of a build (`pagefind/pagefind.js`), run in Node: the same code,
 * index and ranking the site runs in the browser, with the browser's `fetch` answered from the
 * build's files. For unit tests that put many queries through the search pipeline, which would
 * take minutes typed into a page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where the site's own paths resolve. */
const SITE = 'http://site.test';

/** Pagefind's JS API, as much of it as the site uses (src/search/). */
export interface PagefindModule {
	options(options: object): Promise<void>;
	init(): Promise<void>;
	search(term: string): Promise<{
		results: { id: string; score: number; words: number[]; data(): Promise<unknown> }[];
	}>;
}

/**
 * Loads `dist`'s Pagefind, its files read from `dist` for the paths the site would request
 * (`/pagefind/…`). Call once per build: the module keeps its index for the process.
 */
export async function pagefindOf(dist: string): Promise<PagefindModule> {
	const browserFetch = globalThis.fetch;
	globalThis.fetch = async (input: string | URL | Request) => {
		const url = new URL(input instanceof Request ? input.url : String(input), SITE);
		// Its own files by the module's address (file:), or by the site's paths (/pagefind/…).
		const file =
			url.protocol === 'file:'
				? fileURLToPath(new URL(url.pathname, url))
				: url.origin === SITE
					? join(dist, decodeURIComponent(url.pathname))
					: undefined;
		if (!file) return browserFetch(input);
		try {
			return new Response(await readFile(file));
		} catch {
			return new Response(null, { status: 404 });
		}
	};
	return (await import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href)) as PagefindModule;
}
