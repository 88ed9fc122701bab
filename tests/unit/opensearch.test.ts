import { expect, test } from 'vitest';
import { openSearchDescription } from '../../src/outputs/opensearch';

test('points the browser at the home page with the query in q, escaping the text', () => {
	const xml = openSearchDescription({
		title: 'A & B',
		description: 'D',
		home: 'https://codes.example.com/',
		icon: 'https://codes.example.com/favicon.svg',
	});
	expect(xml).toContain('<ShortName>A &amp; B</ShortName>');
	expect(xml).toContain('template="https://codes.example.com/?q={searchTerms}"');
});
