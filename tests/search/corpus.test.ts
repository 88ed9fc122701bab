/**
 * The whole search corpus (tests/e2e/search-corpus.ts), judged by the search pipeline itself on both
 * engines, as the two editions run it: Pagefind's index of the tests' build (tests/dist/, made by
 * `npm run build:test-site`), run in Node by Pagefind's own script, and the offline edition's own
 * index of the same reference. A query lands when one of its pages is among the first three options
 * a reader is offered (`buildAnswer`), and both editions offer the same first page. The browser
 * types a sample of the corpus into each surface (search.spec.ts, offline.spec.ts), for what only a
 * browser shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { FullTextIndex } from '../../src/offline/app/full-text';
import { editionDocuments } from '../../src/offline/build/edition';
import {
	codeAnchor,
	commandAnchor,
	POSITIVE_VALUES_ANCHOR,
	RESULT_SHAPE_ANCHOR,
} from '../../src/offline/markup';
import { buildReference } from '../../src/reference/reference';
import { parseSearchData } from '../../src/schemas/search-data';
import { buildAnswer, type AnswerContext, type AnswerWords } from '../../src/search/core/answer';
import type { SearchEngine } from '../../src/search/core/engine';
import { pagefindEngine } from '../../src/search/core/pagefind';
import { answerQuery } from '../../src/search/core/pipeline';
import { commandSlug } from '../../src/urls';
import { corpus } from '../e2e/search-corpus';
import { codes, commands, SITE } from '../support/data';
import { DIST } from '../support/dist-files';
import { buildPagefind } from '../support/pagefind';
import { words } from '../support/words';

/** The search data both editions carry: the site's /search-data.json, inlined in the file. */
const data = parseSearchData(readFileSync(join(DIST, 'search-data.json'), 'utf8'));
const list = (items: string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items);

interface Edition {
	name: string;
	engine: () => Promise<SearchEngine>;
	context: AnswerContext;
	/** Where this edition answers what a site page answers. */
	target: (path: string) => string;
}

const site: Edition = {
	name: 'site',
	engine: async () => pagefindEngine(await buildPagefind()),
	context: {
		code: (code) => `/codes/${code}/`,
		command: (name) => `/commands/${commandSlug(name)}/`,
		positiveValues: '/results/#positive-values',
		results: '/results/',
		list,
	},
	target: (path) => path,
};

const FILES = { codesFile: 'data/codes.json', commandsFile: 'data/commands.json' };
const offline: Edition = {
	name: 'offline edition',
	engine: async () =>
		new FullTextIndex(
			editionDocuments(buildReference(codes, commands, FILES), words, new URL(SITE)),
		),
	context: {
		code: (code) => `#${codeAnchor(code)}`,
		command: (name) => `#${commandAnchor(commandSlug(name))}`,
		positiveValues: `#${POSITIVE_VALUES_ANCHOR}`,
		results: `#${RESULT_SHAPE_ANCHOR}`,
		list,
	},
	// The file's article of a code or command page; of /results/, its section.
	target: (path) => {
		const [, kind, name] = /^\/(codes|commands)\/([^/]+)\/$/.exec(path) ?? [];
		if (kind === 'codes') return `#${codeAnchor(Number(name))}`;
		if (kind === 'commands') return `#${commandAnchor(name!)}`;
		return path.replace(/^[^#]*/, '');
	},
};

/** The pages an edition offers for a query, in order, one per page (a page's #section is the same page). */
async function offered(edition: Edition, engine: SearchEngine, query: string): Promise<string[]> {
	const answer = buildAnswer(
		await answerQuery(query, engine, data),
		data.words as AnswerWords,
		edition.context,
	);
	const hrefs = answer.options.map(({ href }) =>
		edition === site && !href.includes('#positive-values') ? href.replace(/#.*$/, '') : href,
	);
	return [...new Set(hrefs)];
}

const firsts = new Map<string, Map<string, string | undefined>>();

for (const edition of [site, offline]) {
	describe(edition.name, () => {
		let engine: SearchEngine;
		const first = new Map<string, string | undefined>();
		firsts.set(edition.name, first);
		beforeAll(async () => {
			engine = await edition.engine();
		});

		test('every corpus query lands a right page within the first three results', async () => {
			const misses: string[] = [];
			let landedFirst = 0;
			for (const { query, pages } of corpus) {
				const links = await offered(edition, engine, query);
				const wanted = pages.map(edition.target);
				const rank = links.findIndex((link) => wanted.includes(link));
				first.set(query, links[0]);
				if (rank === 0) landedFirst += 1;
				if (rank < 0 || rank > 2)
					misses.push(
						`${JSON.stringify(query)} → ${links.slice(0, 3).join(', ') || 'nothing'} (wanted ${wanted.join(' or ')})`,
					);
			}
			console.log(
				`${edition.name}: first ${landedFirst}/${corpus.length}, top three ${corpus.length - misses.length}/${corpus.length}`,
			);
			expect(misses, 'queries without a right page in the first three results').toEqual([]);
		});
	});
}

test('the offline edition offers first what the site offers first', () => {
	const onSite = firsts.get(site.name)!;
	const inFile = firsts.get(offline.name)!;
	const differ = corpus
		.map(({ query }) => query)
		.filter(
			(query) => onSite.get(query) && offline.target(onSite.get(query)!) !== inFile.get(query),
		)
		.map(
			(query) => `${JSON.stringify(query)}: site ${onSite.get(query)}, file ${inFile.get(query)}`,
		);
	expect(differ).toEqual([]);
});
