import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site for search with Pagefind, keeping "-" in words so that "-18" is found as
 * "-18" and not as "18". Starlight's own indexing (turned off in astro.config.mjs) would use
 * Pagefind's defaults, which strip it. Only pages with `data-pagefind-body` (Starlight's pages) are
 * indexed: once one page has it, Pagefind leaves out the others, such as the alias pages.
 */
export async function indexSearch(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
	const started = performance.now();
	const outputPath = fileURLToPath(new URL('./pagefind/', dir));
	try {
		const { index, errors } = await pagefind.createIndex({
			includeCharacters: '-',
			// What is indexed is all in <main> (Starlight's `data-pagefind-body`): read from there,
			// Pagefind skips every page's header, sidebar and search dialog: the same index, file for
			// file, for about 1 s less CPU of 8 at 5,000 codes.
			rootSelector: 'main',
			// Starlight's previous/next links name other pages: a page is found by its own words.
			excludeSelectors: ['.pagination-links'],
		});
		if (!index) throw new Error(errors.join('\n'));
		const added = await index.addDirectory({ path: fileURLToPath(dir) });
		if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
		logger.info(`Indexed ${await indexedPages(outputPath)} pages, "-" kept in words, in ${Math.round(performance.now() - started)} ms.`);
	} finally {
		await pagefind.close();
	}
}

/** The pages in the written index: Pagefind's own count of the files it read includes those it left out. */
async function indexedPages(outputPath: string): Promise<number> {
	const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	return Object.values(entry.languages).reduce((total, { page_count }) => total + page_count, 0);
}
