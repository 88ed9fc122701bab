/**
 * The site's own build hooks, in one integration: it bundles the scripts that files carry inline
 * (inline-script.ts), says where the site is built for and what a build without SITE_URL leaves
 * out, and indexes the built pages for search. Every other file the site serves is a route of
 * src/pages/, made from the reference like the pages.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { NOT_INDEXED } from '../search/core/index-policy';
import { inlineScript } from './inline-script';

export function siteIntegration(): AstroIntegration {
	let site: URL | undefined;
	let base = '/';
	return {
		name: 'vdg-sense-site',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [inlineScript()] } });
			},
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.site) : undefined;
				base = config.base;
			},
			'astro:build:start': ({ logger }) => {
				if (site) logger.info(`Building for ${site.href}`);
				else {
					logger.warn(
						'SITE_URL is not set: no canonical links, og:url or sitemap, and relative links in the exports. Set SITE_URL=https://… for a deployment.',
					);
					if (base !== '/') logger.info(`Building under ${base}`);
				}
			},
			'astro:build:done': async ({ dir, logger }) => {
				await indexSearch(dir, logger.fork('vdg-sense-search-index'));
			},
		},
	};
}

/**
 * Indexes the built site with Pagefind, keeping "-" in words so that "-18" is found as "-18" and
 * not as "18" (Starlight's own indexing, turned off in astro.config.mjs, would strip it). Only
 * pages with `data-pagefind-body`, Starlight's, are indexed: once one page has it, Pagefind leaves
 * out the others, such as the alias pages.
 */
async function indexSearch(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
	const started = performance.now();
	const outputPath = fileURLToPath(new URL('./pagefind/', dir));
	try {
		const { index, errors } = await pagefind.createIndex({
			includeCharacters: '-',
			// Everything indexed is in <main>: read from there, Pagefind skips every page's header,
			// sidebar and search dialog.
			rootSelector: 'main',
			excludeSelectors: [...NOT_INDEXED],
		});
		if (!index) throw new Error(errors.join('\n'));
		const added = await index.addDirectory({ path: fileURLToPath(dir) });
		if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
		logger.info(
			`Indexed ${await indexedPages(outputPath)} pages, "-" kept in words, in ${Math.round(performance.now() - started)} ms.`,
		);
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
