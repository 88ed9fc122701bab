import { describe, expect, test } from 'vitest';
import { partHits, queryWords, rankPages } from '../../src/search/core/ranking';

describe('queryWords', () => {
	test('takes distinct words in lower case, without stop words', () => {
		expect(queryWords('The camera is DOWN, camera down')).toEqual(['camera', 'down']);
	});

	test('does not match on “says”, a word of every page that quotes the vendor', () => {
		expect(queryWords('the server says general error')).toEqual(['server', 'general']);
	});

	test('keeps codes, numbers and hyphenated words whole', () => {
		expect(queryWords('preset 65 on -18 multi-layout')).toEqual([
			'preset',
			'65',
			'-18',
			'multi-layout',
		]);
	});

	test('leaves out Dutch function words and the words of a Dutch complaint too', () => {
		expect(queryWords('de camera is niet bereikbaar, foutmelding')).toEqual([
			'camera',
			'bereikbaar',
		]);
	});

	test('keeps stop words where nothing else is left', () => {
		expect(queryWords('not a')).toEqual(['not', 'a']);
	});

	test('leaves out a single letter, mostly a word still being typed, unless nothing else is left', () => {
		expect(queryWords('database d')).toEqual(['database']);
		expect(queryWords('x')).toEqual(['x']);
	});

	test('splits on punctuation and markup', () => {
		expect(queryWords('cameraid/deviceid; <description>No server</description>')).toEqual([
			'cameraid',
			'deviceid',
			'description',
			'server',
		]);
	});

	test('takes at most ten words', () => {
		const words = Array.from({ length: 30 }, (_, index) => `word${index}`);
		expect(queryWords(words.join(' '))).toHaveLength(10);
	});
});

describe('rankPages', () => {
	const hit = (id: string, score: number, words: number[] = [0]) => ({ id, score, words });

	test('ranks by relevance: a name that holds the telling words beats prose that holds more words', () => {
		// "clip export stuck pending": page a holds "Clip" and "pending" in its name (high scores),
		// page b holds all three words, once each in its prose (low scores), far apart.
		const ranked = rankPages([
			[hit('a', 10, [1]), hit('b', 2, [40])],
			[hit('b', 3, [90])],
			[hit('a', 20, [20]), hit('b', 2, [150])],
		]);
		expect(ranked.map((page) => [page.id, page.matched])).toEqual([
			['a', 2],
			['b', 3],
		]);
	});

	test('keeps only pages with at least half of the words', () => {
		const ranked = rankPages([
			[hit('a', 1), hit('b', 5)],
			[hit('a', 1)],
			[hit('c', 2)],
			[hit('c', 2)],
		]);
		expect(ranked.map((page) => page.id)).toEqual(['c', 'a']);
	});

	test('falls back to the pages that hold the most words where none hold half of them', () => {
		const ranked = rankPages([[hit('a', 1)], [hit('b', 3)], [], [], [], []]);
		expect(ranked.map((page) => page.id)).toEqual(['b', 'a']);
	});

	test('counts a word twice where it stands near another of the query’s words', () => {
		// "invalid serverid": page a has "Invalid" in its title (a higher score) and "serverid" far
		// below; page b has the two words side by side.
		const ranked = rankPages([
			[hit('a', 4, [0]), hit('b', 2, [40])],
			[hit('a', 1, [200]), hit('b', 1, [41])],
		]);
		expect(ranked.map((page) => [page.id, page.near, page.score])).toEqual([
			['b', 2, 6],
			['a', 0, 5],
		]);
	});

	test('words a few positions apart are near ("macro not found" for "macro found")', () => {
		expect(rankPages([[hit('a', 1, [10])], [hit('a', 1, [13])]])[0]?.near).toBe(2);
		expect(rankPages([[hit('a', 1, [10])], [hit('a', 1, [14])]])[0]?.near).toBe(0);
	});

	test('a word is near any other word of the query, not only the next one', () => {
		const [page] = rankPages([[hit('a', 1, [10])], [hit('a', 1, [90])], [hit('a', 1, [11])]]);
		expect(page).toEqual({ id: 'a', matched: 3, near: 2, score: 5 });
	});

	test('orders ties by id, so that the same query always gives the same order', () => {
		expect(rankPages([[hit('b', 1), hit('a', 1)]]).map((page) => page.id)).toEqual(['a', 'b']);
	});

	test('finds nothing in nothing', () => {
		expect(rankPages([])).toEqual([]);
		expect(rankPages([[], []])).toEqual([]);
	});
});

describe('partHits', () => {
	const hit = (id: string, score: number, words: number[] = [0]) => ({ id, score, words });

	test('a page holds a part through any of its ways, the best of them counting', () => {
		// "SQL": the word as typed, or the vendor's "database".
		const hits = partHits([[[hit('a', 2, [5])]], [[hit('a', 9, [1]), hit('b', 4, [3])]]]);
		expect(hits).toEqual([hit('a', 9, [1]), hit('b', 4, [3])]);
	});

	test('a phrase is held where its words stand near each other, its score the sum of theirs', () => {
		// "Image size": page a has the two words side by side, page b far apart.
		const hits = partHits([
			[
				[hit('a', 3, [1]), hit('b', 3, [1])],
				[hit('a', 2, [2]), hit('b', 9, [60])],
			],
		]);
		expect(hits).toEqual([hit('a', 5, [1, 2])]);
	});

	test('a page that lacks a word of a phrase does not hold it', () => {
		expect(partHits([[[hit('a', 3)], [hit('b', 3)]]])).toEqual([]);
	});
});
