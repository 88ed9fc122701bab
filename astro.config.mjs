// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { CODE_CATEGORIES } from './src/lib/categories.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { SEARCH_RANKING } from './src/lib/search-ranking.ts';

/** The public address of the site: canonical links and the sitemap use it. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
	site,
	integrations: [
		starlight({
			title: 'VDG Sense result codes',
			description:
				'What every result code of the VDG Sense HTTP/XML API means, why it happens and how to fix it.',
			customCss: ['./src/styles/custom.css'],
			// Our 404 answers unknown codes: src/pages/404.astro.
			disable404Route: true,
			pagefind: { ranking: SEARCH_RANKING },
			// A few entries only: Starlight renders the whole sidebar into every page.
			sidebar: [
				{ label: 'Start here', link: '/' },
				{ label: 'Reading a result', link: '/results/' },
				{
					label: 'Result codes',
					items: [
						{ label: 'All result codes', link: '/codes/' },
						...Object.entries(CODE_CATEGORIES).map(([id, { label }]) => ({
							label,
							link: `/codes/#${id}`,
						})),
					],
				},
				{ label: 'Commands', link: '/commands/' },
			],
			components: {
				// Exact lookup of result codes ahead of Pagefind's full-text results.
				Search: './src/components/Search.astro',
				Head: './src/components/Head.astro',
			},
			// No preview image: a small card, not Starlight's large-image one.
			head: [{ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary' } }],
		}),
		searchIndex(),
	],
});
