import { describe, expect, test } from 'vitest';
import { editDistance, nearestWord } from '../../src/search/typos';

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
