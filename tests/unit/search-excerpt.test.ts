import { expect, test } from 'vitest';
import { sentenceExcerpt } from '../../src/search/core/excerpt';
import { plainText } from '../../src/utils/rich';

const content =
	'-45 Database offline The database cannot be reached Also searched as a list. What it means The server could not reach its database. Its services may be stopped. Causes The database server is down for maintenance.';
const words = content.split(' ');
const at = (word: string, from = 0) => words.indexOf(word, from);
const anchors = [
	{ element: 'h1', location: 0, text: '-45 Database offline' },
	{ element: 'p', location: at('The'), text: '' },
	{ element: 'p', id: 'search-terms', location: at('Also'), text: '' },
	{ element: 'h2', location: at('What'), text: 'What it means' },
	{ element: 'h2', location: at('Causes'), text: 'Causes' },
];

test('is the sentence that holds most of the query’s words, with them marked, not a heading', () => {
	const excerpt = sentenceExcerpt({
		content,
		locations: [at('database', at('What')), at('down'), at('maintenance.')],
		anchors,
	});
	expect(plainText(excerpt)).toBe('The database server is down for maintenance.');
	expect(excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual([
		'database',
		'down',
		'maintenance.',
	]);
});

test('stops at an anchor, so that a block without a full stop does not run into the next', () => {
	expect(
		plainText(
			sentenceExcerpt({
				content,
				locations: [at('reached')],
				anchors: [...anchors, { element: 'p', location: at('Also'), text: '' }],
			}),
		),
	).toBe('The database cannot be reached');
});

test('cuts a long sentence to a few lines around its first match', () => {
	const long = `${Array.from({ length: 60 }, (_, index) => `w${index}`).join(' ')}.`;
	const excerpt = plainText(sentenceExcerpt({ content: long, locations: [30], anchors: [] }));
	expect(excerpt).toBe(
		`… ${Array.from({ length: 24 }, (_, index) => `w${index + 25}`).join(' ')} …`,
	);
});
