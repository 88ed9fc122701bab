/**
 * The whole search corpus (tests/e2e/search-corpus.ts), judged by the search pipeline itself on both
 * editions' engines (tests/support/search-editions.ts). A query lands when one of its pages is among
 * the first three options a reader is offered, and both editions offer the same first page. The
 * browser types a sample of the corpus into each surface (search.spec.ts, offline.spec.ts), for
 * what only a browser shows.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { SearchEngine } from '../../src/search/core/engine';
import { corpus } from '../e2e/search-corpus';
import { editions, offered, offline, site } from '../support/search-editions';

/** The first page each edition offers, by query. */
const firsts = new Map<string, Map<string, string | undefined>>();

for (const edition of editions) {
	describe(edition.name, () => {
		let engine: SearchEngine;
		const first = new Map<string, string | undefined>();
		firsts.set(edition.name, first);
		beforeAll(async () => {
			engine = await edition.engine();
		});

		test('every corpus query lands a right page within the first three results', async () => {
			const misses: string[] = [];
			let landedFirst = 0;
			for (const { query, pages } of corpus) {
				const links = await offered(edition, engine, query);
				const wanted = pages.map(edition.target);
				const rank = links.findIndex((link) => wanted.includes(link));
				first.set(query, links[0]);
				if (rank === 0) landedFirst += 1;
				if (rank < 0 || rank > 2)
					misses.push(
						`${JSON.stringify(query)} → ${links.slice(0, 3).join(', ') || 'nothing'} (wanted ${wanted.join(' or ')})`,
					);
			}
			console.log(
				`${edition.name}: first ${landedFirst}/${corpus.length}, top three ${corpus.length - misses.length}/${corpus.length}`,
			);
			expect(misses, 'queries without a right page in the first three results').toEqual([]);
		});
	});
}

test('the offline edition offers first what the site offers first', () => {
	const onSite = firsts.get(site.name)!;
	const inFile = firsts.get(offline.name)!;
	const differ = corpus
		.map(({ query }) => query)
		.filter(
			(query) => onSite.get(query) && offline.target(onSite.get(query)!) !== inFile.get(query),
		)
		.map(
			(query) => `${JSON.stringify(query)}: site ${onSite.get(query)}, file ${inFile.get(query)}`,
		);
	expect(differ).toEqual([]);
});
