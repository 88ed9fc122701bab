/**
 * The two editions' search, run in Node by the search pipeline as each edition runs it: the site on
 * Pagefind's index of the tests' build (tests/dist/, made by `npm run build:test-site`), loaded by
 * Pagefind's own script; the offline edition on its own index of the same reference. Both carry
 * the same search data (the site's /search-data.json, inlined in the file) and differ in their
 * engine and in where their links lead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FullTextIndex } from '../../src/offline/app/full-text';
import { editionDocuments } from '../../src/offline/build/edition';
import {
	codeAnchor,
	commandAnchor,
	POSITIVE_VALUES_ANCHOR,
	RESULT_SHAPE_ANCHOR,
} from '../../src/offline/markup';
import { parseSearchData } from '../../src/schemas/search-data';
import {
	buildAnswer,
	type AnswerContext,
	type AnswerWords,
	type SearchAnswer,
} from '../../src/search/core/answer';
import type { SearchEngine } from '../../src/search/core/engine';
import { pagefindEngine } from '../../src/search/core/pagefind';
import { answerQuery } from '../../src/search/core/pipeline';
import { commandSlug } from '../../src/urls';
import { SITE } from './data';
import { DIST } from './dist-files';
import { buildPagefind } from './pagefind';
import { reference } from './reference';
import { words } from './words';

/** The search data both editions carry. */
const data = parseSearchData(readFileSync(join(DIST, 'search-data.json'), 'utf8'));
const list = (items: string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items);

/** An engine made once per run, whatever number of test files ask for it: the file's index takes a build of every article. */
function once(make: () => Promise<SearchEngine>): () => Promise<SearchEngine> {
	let made: Promise<SearchEngine> | undefined;
	return () => (made ??= make());
}

export interface Edition {
	name: string;
	engine(): Promise<SearchEngine>;
	context: AnswerContext;
	/** Where this edition answers what a site page (`/codes/-18/`, `/results/#positive-values`) answers. */
	target(path: string): string;
}

export const site: Edition = {
	name: 'site',
	engine: once(async () => pagefindEngine(await buildPagefind())),
	context: {
		code: (code) => `/codes/${code}/`,
		command: (name) => `/commands/${commandSlug(name)}/`,
		positiveValues: '/results/#positive-values',
		results: '/results/',
		list,
	},
	target: (path) => path,
};

export const offline: Edition = {
	name: 'offline edition',
	engine: once(async () => new FullTextIndex(editionDocuments(reference, words, new URL(SITE)))),
	context: {
		code: (code) => `#${codeAnchor(code)}`,
		command: (name) => `#${commandAnchor(commandSlug(name))}`,
		positiveValues: `#${POSITIVE_VALUES_ANCHOR}`,
		results: `#${RESULT_SHAPE_ANCHOR}`,
		list,
	},
	target: (path) => {
		const [, kind, name] = /^\/(codes|commands)\/([^/]+)\/$/.exec(path) ?? [];
		if (kind === 'codes') return `#${codeAnchor(Number(name))}`;
		if (kind === 'commands') return `#${commandAnchor(name!)}`;
		return path.replace(/^[^#]*/, '');
	},
};

export const editions = [site, offline];

/** What an edition shows for a text, once every page has come. */
export async function answerOf(
	edition: Edition,
	engine: SearchEngine,
	text: string,
): Promise<SearchAnswer> {
	return buildAnswer(
		await answerQuery(text, engine, data),
		data.words as AnswerWords,
		edition.context,
	);
}

/** The pages an edition offers for a text, in order, one per page (a page's #section is the same page). */
export async function offered(
	edition: Edition,
	engine: SearchEngine,
	text: string,
): Promise<string[]> {
	const { options } = await answerOf(edition, engine, text);
	const pages = options.map(({ href }) =>
		edition === site && !href.includes('#positive-values') ? href.replace(/#.*$/, '') : href,
	);
	return [...new Set(pages)];
}
