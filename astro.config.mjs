// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/integrations/search-index.ts';
import { SITE_DESCRIPTION, SITE_TITLE } from './src/lib/site.ts';
import { isCodeAliasPath } from './src/lib/urls.ts';

/** The public address of the site: canonical links and the sitemap use it. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
	site,
	// Scripts as files, not inlined into every page: each page's HTML stays small, the browser
	// caches them across pages, and the Content-Security-Policy needs fewer hashes.
	vite: { build: { assetsInlineLimit: 0 } },
	// Page writes wait on the disk: rendering a few pages at a time keeps the CPU busy meanwhile
	// (measured with `npm run bench`).
	build: { concurrency: 4 },
	integrations: [
		starlight({
			title: SITE_TITLE,
			description: SITE_DESCRIPTION,
			customCss: ['./src/styles/custom.css'],
			// Our 404 answers unknown codes: src/pages/404.astro.
			disable404Route: true,
			// The search index is built once, by searchIndex() below, with "-" kept in words; Starlight's
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
		searchIndex(),
		// The alias pages (/codes/18/, /codes/general-error/) only redirect: not in the sitemap.
		sitemap({ filter: (page) => !isCodeAliasPath(new URL(page).pathname) }),
	],
});
