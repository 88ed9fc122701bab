/**
 * The offline edition against the data: every code and command has its article, with the vendor's
 * names and messages verbatim and its words; the file loads nothing and its links resolve within
 * it. The file is read here as text, its markup taken off and its character references decoded.
 */
import { expect, test } from 'vitest';
import { offlineEdition } from '../../src/offline/build/edition';
import { buildReference } from '../../src/reference/reference';
import { searchData } from '../../src/outputs/search-data';
import { codes, commands, readerText } from '../support/data';
import { vocabulary } from '../support/reference';
import en from '../../src/content/i18n/en.json';
import { words } from '../support/words';
import { codeEntry } from './fixtures';

const FILES = { codesFile: 'data/codes.json', commandsFile: 'data/commands.json' };
const SITE = new URL('https://codes.example.com/');

const edition = (reference = buildReference(codes, commands, FILES)) =>
	offlineEdition({
		reference,
		words,
		searchData: searchData(reference, vocabulary, { all: () => en }, undefined, []),
		site: SITE,
		date: new Date('2026-12-06T10:00:00Z'),
		fingerprint: '0123456789ab',
	});
const file = edition();

/** Text as a reader sees it: blocks apart, no markup, character references decoded, white space collapsed. */
function text(markup: string): string {
	return markup
		.replace(
			/<\/?(?:h\d|p|li|ul|ol|div|figure|figcaption|blockquote|pre|table|tr|td|th)\b[^>]*>/g,
			' ',
		)
		.replace(/<[^>]+>/g, '')
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();
}

/** An article's text, by its id; '' where there is none. */
function article(id: string): string {
	const start = file.search(new RegExp(`<article id="?${id}"?>`));
	return start < 0 ? '' : text(file.slice(start, file.indexOf('</article>', start)));
}

/** What an article lacks of what it must say: each as `id: text`. */
function lacking(id: string, starts: string, says: readonly string[]): string[] {
	const read = article(id);
	return [
		...(read.startsWith(`${starts} `)
			? []
			: [`${id}: starts with ${JSON.stringify(read.slice(0, 40))}`]),
		...says.filter((part) => !read.includes(part)).map((part) => `${id}: ${part}`),
	];
}

test('every code has its article: its number and name, the vendor’s message and our words, verbatim', () => {
	const missing = codes.flatMap((entry) =>
		lacking(`code-${entry.code}`, `${entry.code} ${entry.name}`, [
			entry.message,
			...[entry.summary, ...entry.explanation, ...entry.causes, ...entry.fixes].map(readerText),
			...entry.searchTerms,
			...(entry.example ? [entry.example.request] : []),
		]),
	);
	expect(missing).toEqual([]);
});

test('every command has its article: its name, summary, request, parameters and codes', () => {
	const missing = commands.flatMap((command) =>
		lacking(`command-${command.name.toLowerCase()}`, command.name, [
			readerText(command.summary),
			command.request,
			...command.parameters.map((parameter) => parameter.name),
			...[...command.codes.listed, ...command.codes.likely].map((code) => {
				const entry = codes.find((candidate) => candidate.code === code)!;
				return `${code} ${entry.name}`;
			}),
		]),
	);
	expect(missing).toEqual([]);
});

test('it names its date, the data’s version and fingerprint, and the site’s address', () => {
	const header = text(file.slice(file.indexOf('<header'), file.indexOf('</header>')));
	expect(header).toContain('Offline edition of 2026-12-06');
	expect(header).toContain('data version 1 (fingerprint 0123456789ab)');
	expect(header).toContain(`${codes.length} result codes and ${commands.length} commands`);
	expect(header).toContain(SITE.href);
});

test('it loads nothing: no element fetches a file, the stylesheet and scripts are inline', () => {
	expect(
		file.match(/<(?:link|img|iframe|source|object|embed|video|audio)\b|<[a-z]+\s[^>]*\ssrc=/g),
	).toBeNull();
	expect(file.match(/<style>/g)).toHaveLength(1);
	const styles = file.slice(file.indexOf('<style>'), file.indexOf('</style>'));
	expect(styles.match(/url\(|@import/g)).toBeNull();
	const scripts = [...file.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, text]) => text!);
	expect(scripts.filter((text) => text.length > 1000)).toHaveLength(1);
});

test('every link within the file leads to an element of it', () => {
	// Attribute values as the file writes them: quoted where they must be.
	const ids = new Set([...file.matchAll(/\sid="?([^"\s>]+)/g)].map((match) => match[1]));
	const targets = [...file.matchAll(/\shref="?#([^"\s>]*)/g)].map((match) => match[1]);
	expect(targets.length).toBeGreaterThan(codes.length + commands.length);
	expect(targets.filter((target) => !ids.has(target))).toEqual([]);
});

test('markup in the data is text', () => {
	const message = '<script>alert("x")</script> & <b>bold</b>';
	const markup = edition(
		buildReference([codeEntry({ code: -18, message, summary: 'Uses `<img src=x>`.' })], [], FILES),
	);
	expect(markup).not.toMatch(/<script>alert|<b>bold|<img src/);
	expect(text(markup)).toContain(message);
	expect(text(markup)).toContain('Uses <img src=x>.');
});
