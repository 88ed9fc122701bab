import { describe, expect, test } from 'vitest';
import { queryWords, rankPages } from '../../src/search/core/ranking';

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

	test('ranks pages by how many words they hold, then by their summed score', () => {
		const ranked = rankPages([
			[hit('a', 9), hit('b', 1), hit('c', 2)],
			[hit('b', 1), hit('c', 0.5)],
			[hit('b', 1), hit('d', 20)],
		]);
		expect(ranked.map((page) => [page.id, page.matched])).toEqual([
			['b', 3],
			['c', 2],
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

	test('among pages with as many words, ranks those where the words stand near each other first', () => {
		// "invalid serverid": page a has "Invalid" in its title (a high score) and "serverid" far below;
		// page b has the two words side by side.
		const ranked = rankPages([
			[hit('a', 10, [0]), hit('b', 1, [40])],
			[hit('a', 1, [200]), hit('b', 1, [41])],
		]);
		expect(ranked.map((page) => [page.id, page.near])).toEqual([
			['b', 1],
			['a', 0],
		]);
	});

	test('words a few positions apart are near ("macro not found" for "macro found")', () => {
		expect(rankPages([[hit('a', 1, [10])], [hit('a', 1, [13])]])[0]?.near).toBe(1);
		expect(rankPages([[hit('a', 1, [10])], [hit('a', 1, [14])]])[0]?.near).toBe(0);
	});

	test('orders ties by id, so that the same query always gives the same order', () => {
		expect(rankPages([[hit('b', 1), hit('a', 1)]]).map((page) => page.id)).toEqual(['a', 'b']);
	});

	test('finds nothing in nothing', () => {
		expect(rankPages([])).toEqual([]);
		expect(rankPages([[], []])).toEqual([]);
	});
});
