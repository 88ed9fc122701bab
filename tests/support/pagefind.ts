/**
 * Pagefind's index of the tests' build (tests/dist/pagefind/) in Node, as the site's script loads it
 * in the browser: Pagefind's own `pagefind.js` from the build, with `fetch` answering its requests
 * for the index's files from the disk. `pagefindEngine(await buildPagefind())` is the site's engine,
 * for tests that run the search pipeline (src/search/core/pipeline.ts) without a browser.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startPagefind, type Pagefind } from '../../src/search/core/pagefind';
import { DIST } from './dist-files';

let loaded: Promise<Pagefind> | undefined;

/** Answers `file:` URLs from the disk, and leaves every other request to Node's own fetch. */
function fetchFilesToo(): void {
	const fetchNetwork = globalThis.fetch;
	globalThis.fetch = async (input, init) => {
		const url = new URL(input instanceof Request ? input.url : String(input));
		if (url.protocol !== 'file:') return fetchNetwork(input, init);
		try {
			return new Response(await readFile(fileURLToPath(url)));
		} catch {
			return new Response(null, { status: 404 });
		}
	};
}

/** Pagefind with the build's index, started as the site starts it (client.ts). Its pages' URLs are the site's paths. */
export function buildPagefind(): Promise<Pagefind> {
	loaded ??= (async () => {
		fetchFilesToo();
		const folder = pathToFileURL(`${DIST}pagefind/`);
		const module = (await import(
			/* @vite-ignore */ new URL('pagefind.js', folder).href
		)) as Pagefind;
		return startPagefind(module, { basePath: folder.href, baseUrl: '/' });
	})();
	return loaded;
}
