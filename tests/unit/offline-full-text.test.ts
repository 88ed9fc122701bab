import { expect, test } from 'vitest';
import { FullTextIndex, type IndexedDocument } from '../../src/offline/app/full-text';

/** An article: its title, weighed as a title is, and its text. */
const article = (id: string, title: string, ...text: string[]): IndexedDocument => ({
	id,
	segments: [{ text: title, weight: 7 }, ...text.map((part) => ({ text: part, weight: 1 }))],
});

const index = new FullTextIndex([
	article('code--44', '-44 Clip is pending or busy', 'The clip is still rendering on the server.'),
	article('code--45', '-45 Database offline', 'The database service stopped: it is down.'),
	article('code--53', '-53 Device connection lost', 'The camera lost its network link.'),
	article('command-osm', 'osm', 'Shows a message; the name is case-insensitive.'),
	article('code--18', '-18 General error', 'Check the <b>server</b> logs & the database.'),
]);
const found = (text: string) => index.search(text).map((page) => page.url);

test('finds a word in any of its forms', () => {
	expect(found('rendered')).toEqual(['#code--44']);
	expect(found('connections')).toEqual(['#code--53']);
});

test('finds the start of a word still being typed', () => {
	expect(found('datab')).toContain('#code--45');
	expect(found('ca')).toEqual([]);
});

test('finds the parts of a word joined by a hyphen', () => {
	expect(found('insensitive')).toEqual(['#command-osm']);
});

test('ranks as the site does: the pages holding most of the words first, a title above the text', () => {
	expect(found('stopped database')).toEqual(['#code--45', '#code--18']);
	expect(found('database')).toEqual(['#code--45', '#code--18']);
});

test('leaves out stop words and the words of any complaint, as the site does', () => {
	expect(found('cannot find the database')).toEqual(found('database'));
});

test('gives each page its title, and an excerpt with the words found marked, markup kept as text', () => {
	expect(index.search('server logs').find((page) => page.url === '#code--18')).toEqual({
		url: '#code--18',
		title: '-18 General error',
		excerpt: [
			{ text: 'Check the <b>' },
			{ text: 'server', mark: true },
			{ text: '</b> ' },
			{ text: 'logs', mark: true },
			{ text: ' & the database.' },
		],
	});
});

test('knows which words it has, and offers the words of titles and weightier text for a mistyped one', () => {
	expect(index.has('database')).toBe(true);
	expect(index.has('databse')).toBe(false);
	expect(index.vocabulary).toContain('offline');
	expect(index.vocabulary).not.toContain('rendering');
});
