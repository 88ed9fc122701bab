import { expect, test } from 'vitest';
import { markdownLink } from '../../src/utils/markdown';

test('links the text to the URL', () => {
	expect(markdownLink('VDG Sense -18 General error', 'https://codes.example.com/codes/-18/')).toBe(
		'[VDG Sense -18 General error](https://codes.example.com/codes/-18/)',
	);
});

test('escapes brackets in the text and parentheses in the URL', () => {
	expect(markdownLink('a [b] \\ c', 'https://x.test/a (b)/')).toBe(
		'[a \\[b\\] \\\\ c](https://x.test/a%20%28b%29/)',
	);
});
