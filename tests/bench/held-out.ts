/**
 * How search does on the held-out queries (tests/search/held-out-queries.ts), which nobody tunes
 * on: each answered by the search pipeline as each edition runs it (tests/support/search-editions.ts),
 * the site on Pagefind's index of the tests' build (tests/dist/), the offline edition on its own
 * index of the same reference. Prints, for each edition and each kind of query, how many land
 * first and how many within the first three, and each query that does not land first with what
 * came instead.
 *
 * With `--corpus`, the corpus the tests tune on (tests/e2e/search-corpus.ts) is measured the same
 * way after them.
 *
 * Usage: node tests/bench/held-out.ts [--corpus]
 *        (`npm run bench:held-out` builds tests/dist/ first)
 */
import { getViteConfig } from 'astro/config';
import { createServer, type InlineConfig } from 'vite';
import { heldOut } from '../search/held-out-queries.ts';
import { corpus } from '../e2e/search-corpus.ts';

type Editions = typeof import('../support/search-editions.ts');

const WITH_CORPUS = process.argv.includes('--corpus');

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

async function measure(
	{ offered }: Editions,
	edition: Editions['site'],
	name: string,
	queries: readonly Query[],
): Promise<void> {
	const engine = await edition.engine();
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
		const found = await offered(edition, engine, query);
		const wanted = pages.map(edition.target);
		const rank = found.findIndex((link) => wanted.includes(link));
		count('all', rank);
		if (kind) count(kind, rank);
		if (rank !== 0)
			misses.push(
				`  ${rank < 0 ? 'miss' : `#${rank + 1}  `} ${JSON.stringify(query)} → ${found.slice(0, 3).join(', ') || 'nothing'} (wanted ${wanted.join(' or ')})`,
			);
	}
	console.log(`\n${name}, ${edition.name}`);
	for (const [key, { first, topThree, total }] of tallies)
		console.log(`  ${key.padEnd(9)} first ${first}/${total}, top three ${topThree}/${total}`);
	if (misses.length > 0) console.log(`  not first:\n${misses.join('\n')}`);
}

// The editions' search is the site's own modules, loaded as the tests load them: through Astro's
// Vite configuration (its variables, its module resolution).
const viteConfig = (await getViteConfig({})({ command: 'serve', mode: 'test' })) as InlineConfig;
const server = await createServer({
	...viteConfig,
	configFile: false,
	appType: 'custom',
	logLevel: 'error',
	server: { middlewareMode: true, hmr: false, ws: false },
});
const editions = (await server.ssrLoadModule('/tests/support/search-editions.ts')) as Editions;
for (const edition of editions.editions) {
	await measure(editions, edition, `held-out queries (${heldOut.length})`, heldOut);
	if (WITH_CORPUS) await measure(editions, edition, `corpus (${corpus.length})`, corpus);
}
// Astro's plugins keep the server's module runner busy after the last module is loaded.
process.exit(0);
