import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site for search with Pagefind, keeping "-" in words so that "-18" is found as
 * "-18" and not as "18". Starlight's own indexing (turned off in astro.config.mjs) would use
 * Pagefind's defaults, which strip it.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'vdg-search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outputPath = fileURLToPath(new URL('./pagefind/', dir));
				try {
					const { index, errors } = await pagefind.createIndex({
						includeCharacters: '-',
						// Starlight's previous/next links name other pages: a page is found by its own words.
						excludeSelectors: ['.pagination-links'],
					});
					if (!index) throw new Error(errors.join('\n'));
					const added = await index.addDirectory({ path: fileURLToPath(dir) });
					if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
					const written = await index.writeFiles({ outputPath });
					if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
					logger.info(
						`Indexed ${added.page_count} pages, "-" kept in words, in ${Math.round(performance.now() - started)} ms.`
					);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
