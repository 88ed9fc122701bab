/**
 * The site's index and the offline edition's hold the same text of every code and command: the
 * text Pagefind indexed of each page of the tests' build (tests/dist/, made by `npm run
 * build:test-site`) is the text the file's index reads of its article, word for word, with its
 * headings and the search terms at the same places, and the same fields (the title, the vendor's
 * message, "Also searched as") that add their boost to a page holding a query's word. Both are written from one declaration of what
 * is indexed (src/search/core/index-policy.ts).
 */
import { beforeAll, expect, test } from 'vitest';
import type { IndexedDocument } from '../../src/offline/app/articles';
import { editionDocuments } from '../../src/offline/build/edition';
import { buildReference } from '../../src/reference/reference';
import { commandSlug } from '../../src/urls';
import { codes, commands, SITE } from '../support/data';
import { INDEXED_PARTS } from '../../src/search/core/index-policy';
import { buildPagefind } from '../support/pagefind';
import { words } from '../support/words';

interface IndexedPage {
	content: string;
	anchors: readonly { id?: string; location: number }[];
	meta: Record<string, string>;
}

/** The fields a part of a page may be, besides the title. */
const FIELDS = Object.values(INDEXED_PARTS).flatMap((part) =>
	'field' in part ? [part.field] : [],
);

const FILES = { codesFile: 'data/codes.json', commandsFile: 'data/commands.json' };
const documents = new Map(
	editionDocuments(buildReference(codes, commands, FILES), words, new URL(SITE)).map(
		(document): [string, IndexedDocument] => [document.id, document],
	),
);
const pages = new Map<string, IndexedPage>();

beforeAll(async () => {
	const pagefind = await buildPagefind();
	for (const result of (await pagefind.search(null)).results) {
		const page = await result.data();
		pages.set(page.url, page);
	}
});

/** What an index says of a page: its words, and where its headings and search terms start. */
const indexed = ({ content, anchors }: Omit<IndexedPage, 'meta'>) => ({
	content,
	anchors: anchors.map(({ id, location }) =>
		id === 'search-terms' ? `terms@${location}` : location,
	),
});

/** A field's text, as the two indexes compare it: without the full stop that ends its block in the page's text. */
const fieldText = (text: string) => text.replace(/\.$/, '');

/** The site's fields of a page: Pagefind's meta fields, in the order the page holds them. */
const siteFields = ({ meta }: IndexedPage) =>
	['title', ...FIELDS].flatMap((field) => (meta[field] ? [fieldText(meta[field])] : []));

/** The file's fields of an article: its title, and its marked parts. */
const fileFields = ({ title, fields }: IndexedDocument) => [
	fieldText(title),
	...fields.map(({ text }) => fieldText(text)),
];

const articles = [
	...codes.map((entry) => [`/codes/${entry.code}/`, `code-${entry.code}`] as const),
	...commands.map(
		(command) =>
			[`/commands/${commandSlug(command.name)}/`, `command-${commandSlug(command.name)}`] as const,
	),
];

test.each(articles)(
	'%s: the file indexes what the site’s index holds, in the same fields',
	(path, id) => {
		const page = pages.get(path);
		const document = documents.get(id);
		expect(page, path).toBeDefined();
		expect(document, id).toBeDefined();
		expect(indexed({ content: document!.words.join(' '), anchors: document!.anchors })).toEqual(
			indexed(page!),
		);
		expect(fileFields(document!)).toEqual(siteFields(page!));
	},
);
