// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { CODE_CATEGORIES } from './src/lib/categories.ts';

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
		}),
	],
});
