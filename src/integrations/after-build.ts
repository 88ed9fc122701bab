import type { AstroIntegration } from 'astro';
import { withTrailingSlash } from '../lib/urls';
import { writeAliasPages } from './code-aliases';
import { writeMarkdownTwins } from './code-markdown-twins';
import { indexSearch } from './search-index';

/**
 * What is made from the built pages, all at once: Pagefind indexes them in a process of its own
 * while Node writes the alias pages and the Markdown twins (at 5,000 codes, a few seconds off the
 * build). The index never takes the alias pages, even those written while it reads: they have no
 * `data-pagefind-body`.
 */
export function afterBuild(): AstroIntegration {
	let base = '/';
	return {
		name: 'vdg-after-build',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = withTrailingSlash(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				await Promise.all([
					indexSearch(dir, logger.fork('vdg-search-index')),
					writeAliasPages(dir, base, logger.fork('vdg-code-aliases')),
					writeMarkdownTwins(dir, logger.fork('vdg-code-markdown-twins')),
				]);
			},
		},
	};
}
