import { describe, expect, test } from 'vitest';
import { isNumber, standaloneNegative } from '../../src/utils/code-text';

describe('standaloneNegative', () => {
	const found = (text: string) =>
		[...text.matchAll(new RegExp(standaloneNegative('digits'), 'gu'))].map(
			(match) => match.groups!.digits,
		);

	test('finds negative numbers standing alone, with any minus sign', () => {
		expect(found('-18, \u221245 and \u201330')).toEqual(['18', '45', '30']);
	});

	test('passes over dates, ranges, hyphenated words and leading zeros', () => {
		expect(found('2026-11-25 1-4 x-1 -1000..1000 -0500')).toEqual([]);
	});
});

test('isNumber takes a number with or without a sign, and nothing else', () => {
	expect(['-56', '56', '\u221256', '+5', '0'].map(isNumber)).toEqual([
		true,
		true,
		true,
		true,
		true,
	]);
	expect(['', '-', '5a', 'no-such-code', '056'].map(isNumber)).toEqual([
		false,
		false,
		false,
		false,
		false,
	]);
});
