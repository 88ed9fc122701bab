/**
 * How search does on the held-out queries (tests/search/held-out-queries.ts), which nobody tunes
 * on: each typed, as a person types, into the site's search dialog (a build served locally, in
 * Chromium) and into the offline edition (the build's file, opened from file://). Prints, for each
 * surface and each kind of query, how many land first and how many within the first three, and
 * each query that does not land first with what came instead.
 *
 * With `--corpus`, the corpus the tests tune on (tests/e2e/search-corpus.ts) is measured the same
 * way after them: a quicker check than the end-to-end tests that a change keeps it landing.
 *
 * Usage: node tests/bench/held-out.ts [build directory] [--corpus]
 *        (`npm run bench:held-out` builds dist/ first)
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';
import { enterQuery, resultPages } from '../support/search-ui.ts';
import { heldOut } from '../search/held-out-queries.ts';
import { corpus } from '../e2e/search-corpus.ts';

const options = process.argv.slice(2);
const DIRECTORY = options.find((option) => !option.startsWith('--')) ?? 'dist';
const WITH_CORPUS = options.includes('--corpus');
const PORT = 4396;
const ORIGIN = `http://localhost:${PORT}`;

/** A query's result pages, as site paths (`/codes/-18/`), best first. */
type Search = (query: string) => Promise<string[]>;

async function siteSearch(page: Page): Promise<Search> {
	await page.goto(`${ORIGIN}/codes/`);
	await page.keyboard.press('Control+k');
	await page.locator('dialog search-box').getByRole('combobox').waitFor();
	const box = page.locator('dialog search-box');
	return async (query) => {
		await enterQuery(page, query);
		return resultPages(box);
	};
}

/** The offline edition's articles (`#code--18`, `#command-getclips`) as the site's paths they stand for. */
const sitePath = (href: string) =>
	href
		.replace(/^#code-(-?\d+)$/, '/codes/$1/')
		.replace(/^#command-(.+)$/, '/commands/$1/')
		.replace(/^#positive-values$/, '/results/#positive-values');

async function offlineSearch(page: Page): Promise<Search> {
	await page.goto(pathToFileURL(resolve(DIRECTORY, 'vdg-sense-result-codes.html')).href);
	const search = page.getByRole('search');
	return async (query) => {
		await enterQuery(page, query);
		const hrefs = await search
			.getByRole('option')
			.evaluateAll((options) => options.map((option) => option.getAttribute('href') ?? ''));
		return [...new Set(hrefs.map(sitePath))];
	};
}

interface Tally {
	first: number;
	topThree: number;
	total: number;
}

interface Query {
	query: string;
	pages: string[];
	kind?: string;
}

async function measure(name: string, queries: readonly Query[], search: Search): Promise<void> {
	const tallies = new Map<string, Tally>();
	const misses: string[] = [];
	const count = (key: string, rank: number) => {
		const tally = tallies.get(key) ?? { first: 0, topThree: 0, total: 0 };
		tally.total += 1;
		if (rank === 0) tally.first += 1;
		if (rank >= 0 && rank < 3) tally.topThree += 1;
		tallies.set(key, tally);
	};
	for (const { query, pages, kind } of queries) {
		const found = await search(query);
		const rank = found.findIndex((path) => pages.includes(path));
		count('all', rank);
		if (kind) count(kind, rank);
		if (rank !== 0)
			misses.push(
				`  ${rank < 0 ? 'miss' : `#${rank + 1}  `} ${JSON.stringify(query)} → ${found.slice(0, 3).join(', ') || 'nothing'} (wanted ${pages.join(' or ')})`,
			);
	}
	console.log(`\n${name}`);
	for (const [key, { first, topThree, total }] of tallies)
		console.log(`  ${key.padEnd(9)} first ${first}/${total}, top three ${topThree}/${total}`);
	if (misses.length > 0) console.log(`  not first:\n${misses.join('\n')}`);
}

const server = spawn(
	process.execPath,
	['tests/support/static-server.ts', String(PORT), DIRECTORY],
	{
		stdio: ['ignore', 'pipe', 'inherit'],
	},
);
await new Promise((ready) => server.stdout.once('data', ready));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
	// Queries with line breaks are pasted, as a person pastes them.
	const newPage = async () => {
		const context = await browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		return context.newPage();
	};
	const site = await siteSearch(await newPage());
	const offline = await offlineSearch(await newPage());
	console.log(`On ${DIRECTORY}/`);
	await measure(`held-out queries (${heldOut.length}), site (search dialog)`, heldOut, site);
	await measure(`held-out queries (${heldOut.length}), offline edition`, heldOut, offline);
	if (WITH_CORPUS) {
		await measure(`corpus (${corpus.length}), site (search dialog)`, corpus, site);
		await measure(`corpus (${corpus.length}), offline edition`, corpus, offline);
	}
} finally {
	await browser.close();
	server.kill();
}
