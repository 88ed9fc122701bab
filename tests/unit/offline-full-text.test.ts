import { expect, test } from 'vitest';
import type { IndexedDocument } from '../../src/offline/app/articles';
import { FullTextIndex } from '../../src/offline/app/full-text';
import { answerQuery } from '../../src/search/core/pipeline';

/** An article: its title, weighed as a title is, and its text, a sentence a part. */
function article(id: string, title: string, ...text: string[]): IndexedDocument {
	const titleWords = `${title}.`.split(' ');
	const words = text.flatMap((part) => part.split(' '));
	return {
		id,
		title,
		words: [...titleWords, ...words],
		weights: [...titleWords.map(() => 7), ...words.map(() => 1)],
		fields: [],
		anchors: [{ element: 'h1', id: '', location: 0, text: title }],
	};
}

const index = new FullTextIndex([
	article('code--44', '-44 Clip is pending or busy', 'The clip is still rendering on the server.'),
	article('code--45', '-45 Database offline', 'The database service stopped: it is down.'),
	article('code--53', '-53 Device connection lost', 'The camera lost its network link.'),
	article('command-osm', 'osm', 'Shows a message; the name is case-insensitive.'),
	article('code--18', '-18 General error', 'Check the <b>server</b> logs & the database.'),
]);
/** The pages the pipeline finds on this engine, without search data. */
const found = async (text: string) =>
	(await answerQuery(text, index, undefined)).pages.map((page) => page.url);

test('finds a word in any of its forms', async () => {
	expect(await found('rendered')).toEqual(['#code--44']);
	expect(await found('connections')).toEqual(['#code--53']);
});

test('finds the start of a word still being typed, however short, as Pagefind does', async () => {
	expect(await found('datab')).toContain('#code--45');
	expect(await found('ca')).toEqual(expect.arrayContaining(['#code--53', '#command-osm']));
});

test('reads a word that no word starts with as the longest word it starts with, as Pagefind does', async () => {
	expect(await found('logsheet')).toEqual(['#code--18']);
});

test('finds the parts of a word joined by a hyphen', async () => {
	expect(await found('insensitive')).toEqual(['#command-osm']);
});

test('ranks as the site does: the pages holding most of the words first, a title above the text', async () => {
	expect(await found('stopped database')).toEqual(['#code--45', '#code--18']);
	expect(await found('database')).toEqual(['#code--45', '#code--18']);
});

test('gives each page its title, and the sentence that answers with the words found marked, markup kept as text', async () => {
	const { pages } = await answerQuery('server logs', index, undefined);
	expect(pages.find((page) => page.url === '#code--18')).toEqual({
		url: '#code--18',
		title: '-18 General error',
		excerpt: [
			{ text: 'Check the' },
			{ text: ' ' },
			{ text: '<b>server</b>', mark: true },
			{ text: ' ' },
			{ text: 'logs', mark: true },
			{ text: ' & the database.' },
		],
	});
});
