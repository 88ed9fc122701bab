// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { afterBuild } from './src/integrations/after-build.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { siteAddress } from './src/integrations/site-address.ts';
import { SITE_DESCRIPTION, SITE_TITLE } from './src/lib/site.ts';

/**
 * The public address of the site, for canonical links, link previews and the sitemap. Without it
 * they are left out (siteAddress() says so in the build log); copied links and the page's address
 * come from where the page is served, whatever it is.
 */
const site = process.env.SITE_URL || undefined;

export default defineConfig({
	site,
	// Scripts as files, not inlined into every page: each page's HTML stays small, the browser
	// caches them across pages, and the Content-Security-Policy needs fewer hashes.
	vite: {
		build: {
			assetsInlineLimit: 0,
			rollupOptions: {
				// Astro's own directive in MDX modules, which the bundler may drop, harmlessly: not worth a warning.
				onwarn(warning, warn) {
					if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
				},
			},
		},
	},
	// Page writes wait on the disk: rendering a few pages at a time keeps the CPU busy meanwhile
	// (measured with `npm run bench`: a fifth less time at 2,000 codes).
	build: { concurrency: 4 },
	integrations: [
		starlight({
			title: SITE_TITLE,
			description: SITE_DESCRIPTION,
			customCss: ['./src/styles/custom.css'],
			// Code wraps rather than scrolls: a scrolled block is out of reach by keyboard, and of a phone's width.
			expressiveCode: { defaultProps: { wrap: true } },
			// Our 404 answers unknown codes: src/pages/404.astro.
			disable404Route: true,
			// The search index is built once, by afterBuild() below, with "-" kept in words; Starlight's
			// own indexing would only be replaced, and its search UI is replaced by ours (Search).
			pagefind: false,
			// A few entries only: Starlight renders the whole sidebar into every page.
			sidebar: [
				{ label: 'Start here', link: '/' },
				{ label: 'Reading a result', link: '/results/' },
				{ label: 'Handling result codes', link: '/guides/handling-result-codes/' },
				// The codes index opens with links to its categories.
				{ label: 'Result codes', link: '/codes/' },
				{ label: 'Commands', link: '/commands/' },
			],
			components: {
				// Our search: exact lookup of result codes, then full text on Pagefind's index.
				Search: './src/components/Search.astro',
				Head: './src/components/Head.astro',
			},
			// No preview image: a small card, not Starlight's large-image one.
			head: [{ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary' } }],
		}),
		// The search index, the alias pages and the Markdown twins.
		afterBuild(),
		hostHeaders(),
		siteAddress(),
		// The sitemap needs the site's address. Without it, an integration of the sitemap's name keeps
		// Starlight from adding the sitemap, which would only warn: siteAddress() says it once.
		...(site ? [sitemap()] : [{ name: '@astrojs/sitemap', hooks: {} }]),
	],
});
