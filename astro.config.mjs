// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { siteIntegration } from './src/integrations/site.ts';
import { settings } from './src/settings.ts';
import words from './src/content/i18n/en.json' with { type: 'json' };

/**
 * The public address of the site (SITE_URL), for canonical links, link previews and the sitemap.
 * Without it they are left out (the site integration says so in the build log); copied links and
 * the page's address come from where the page is served, whatever it is.
 */
const site = settings.siteUrl;

export default defineConfig({
	site,
	// Where the site lives on its host: SITE_URL's path, or BASE_PATH; every link and file is under it.
	base: settings.basePath,
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
	integrations: [
		starlight({
			title: words['site.title'],
			description: words['site.description'],
			customCss: ['./src/styles/custom.css'],
			// Code wraps rather than scrolls: a scrolled block is out of reach by keyboard, and of a phone's width.
			expressiveCode: { defaultProps: { wrap: true } },
			// Our 404 answers unknown codes: src/pages/404.astro.
			disable404Route: true,
			// The search index is built by the site integration, with "-" kept in words; Starlight's own
			// indexing would only be replaced, and its search UI is replaced by ours (Search).
			pagefind: false,
			// A few entries only: Starlight renders the whole sidebar into every page.
			sidebar: [
				{ label: words['sidebar.home'], link: '/' },
				{ label: words['sidebar.results'], link: '/results/' },
				{ label: words['sidebar.guide'], link: '/guides/handling-result-codes/' },
				// The codes index opens with links to its categories.
				{ label: words['sidebar.codes'], link: '/codes/' },
				{ label: words['sidebar.commands'], link: '/commands/' },
			],
			components: {
				// Our search: exact lookup of result codes, then full text on Pagefind's index.
				Search: './src/components/Search.astro',
				Head: './src/components/Head.astro',
			},
			// No preview image: a small card, not Starlight's large-image one.
			head: [{ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary' } }],
		}),
		siteIntegration(),
		// The sitemap needs the site's address. Without it, an integration of the sitemap's name keeps
		// Starlight from adding the sitemap, which would only warn: the site integration says it once.
		...(site ? [sitemap()] : [{ name: '@astrojs/sitemap', hooks: {} }]),
	],
});
