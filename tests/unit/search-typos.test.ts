import { describe, expect, test } from 'vitest';
import {
	correctedText,
	editDistance,
	matchesNothing,
	nearestWord,
	wordsToSearch,
} from '../../src/search/core/typos';
import { codes, commands, data } from '../support/reference';

describe('editDistance', () => {
	test('counts letters added, dropped, changed, and neighbours swapped as one each', () => {
		expect(editDistance('database', 'database')).toBe(0);
		expect(editDistance('databse', 'database')).toBe(1);
		expect(editDistance('ofline', 'offline')).toBe(1);
		expect(editDistance('sevrer', 'server')).toBe(1);
		expect(editDistance('clip', 'camera')).toBe(5);
	});
});

describe('nearestWord', () => {
	const vocabulary = ['database', 'offline', 'online', 'server', 'serverid', 'device'];

	test('reads a mistyped word as the word of the vocabulary it is nearest to', () => {
		expect(nearestWord('databse', vocabulary)).toBe('database');
		expect(nearestWord('ofline', vocabulary)).toBe('offline');
		expect(nearestWord('severid', vocabulary)).toBe('serverid');
	});

	test('leaves a word alone that the vocabulary has, is short, or is near nothing', () => {
		expect(nearestWord('server', vocabulary)).toBeUndefined();
		expect(nearestWord('db', vocabulary)).toBeUndefined();
		expect(nearestWord('camera', vocabulary)).toBeUndefined();
	});

	test('allows one edit in a short word, two in a longer one', () => {
		expect(nearestWord('devce', vocabulary)).toBe('device');
		expect(nearestWord('dvce', vocabulary)).toBeUndefined();
		expect(nearestWord('dtabse', vocabulary)).toBe('database');
	});
});

describe('wordsToSearch and correctedText', () => {
	const vocabulary = ['database', 'offline', 'serverid'];
	const known = new Set(['database', 'missing', 'no']);

	test('keeps known words and numbers, reads an unknown word as the nearest, drops one near nothing', () => {
		const corrections = new Map<string, string>();
		expect(
			wordsToSearch(
				['databse', 'ofline', '-45', 'missing', 'zzzzzz'],
				(word) => known.has(word),
				vocabulary,
				corrections,
			),
		).toEqual(['database', 'offline', '-45', 'missing']);
		expect([...corrections]).toEqual([
			['databse', 'database'],
			['ofline', 'offline'],
		]);
	});

	test('writes the query with each corrected word in its place, the rest as typed', () => {
		expect(
			correctedText(
				'Databse ofline, -45!',
				new Map([
					['databse', 'database'],
					['ofline', 'offline'],
				]),
			),
		).toBe('database offline, -45!');
	});
});

describe('matchesNothing', () => {
	test('finds every word of the reference’s text, and every start of one, in the search data’s known words, which leave out the words another of them starts with', () => {
		const words = JSON.stringify([codes, commands])
			.toLowerCase()
			.match(/\p{L}[\p{L}\p{N}]{2,}/gu)!;
		const starts = words.flatMap((word) => [word, word.slice(0, 3)]);
		expect(starts.filter((word) => matchesNothing(word, data.knownWords))).toEqual([]);
		expect(data.knownWords).not.toContain('connect');
		expect(matchesNothing('connect', data.knownWords)).toBe(false);
		expect(matchesNothing('sevrer', data.knownWords)).toBe(true);
	});
});
