/**
 * The site's index and the offline edition's hold the same text of every code and command: the
 * text Pagefind indexed of each page of the tests' build (tests/dist/, made by `npm run
 * build:test-site`) is the text the file's index reads of its article, word for word, with its
 * headings and the search terms at the same places. Both are written from one declaration of what
 * is indexed (src/search/core/index-policy.ts).
 */
import { beforeAll, expect, test } from 'vitest';
import type { IndexedDocument } from '../../src/offline/app/articles';
import { editionDocuments } from '../../src/offline/build/edition';
import { buildReference } from '../../src/reference/reference';
import { commandSlug } from '../../src/urls';
import { codes, commands, SITE } from '../support/data';
import { buildPagefind } from '../support/pagefind';
import { words } from '../support/words';

interface IndexedPage {
	content: string;
	anchors: readonly { id?: string; location: number }[];
}

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
const indexed = ({ content, anchors }: IndexedPage) => ({
	content,
	anchors: anchors.map(({ id, location }) =>
		id === 'search-terms' ? `terms@${location}` : location,
	),
});

const articles = [
	...codes.map((entry) => [`/codes/${entry.code}/`, `code-${entry.code}`] as const),
	...commands.map(
		(command) =>
			[`/commands/${commandSlug(command.name)}/`, `command-${commandSlug(command.name)}`] as const,
	),
];

test.each(articles)('%s: the file indexes what the site’s index holds', (path, id) => {
	const page = pages.get(path);
	const document = documents.get(id);
	expect(page, path).toBeDefined();
	expect(document, id).toBeDefined();
	expect(indexed({ content: document!.words.join(' '), anchors: document!.anchors })).toEqual(
		indexed(page!),
	);
});
