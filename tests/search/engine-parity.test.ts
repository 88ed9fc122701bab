/**
 * The offline edition's engine finds and scores each word as Pagefind does on the site: for every
 * word the corpus's queries search (tests/e2e/search-corpus.ts, as the pipeline reads them) and
 * every other word of the codes' and commands' text, both engines find the same pages, and order
 * them alike by score. Pagefind is the tests' build's index (tests/dist/, made by `npm run
 * build:test-site`), run in Node by its own script; the file's engine indexes the same reference.
 *
 * The site has five pages the file does not (the home page, the two index pages, /results/ and the
 * guide): they are left out of the comparison, but they count in Pagefind's statistics (how many
 * pages, how long the average one, how many hold the word), so its scores for a word differ from
 * the file's by a factor that is almost, not quite, the same on every page. Pages whose scores are
 * close may therefore swap places; a swap is allowed only within SWAP_MARGIN. Where one place of a
 * page holds two words a search finds ("getClips" is "get" and "getclips"), Pagefind counts one of
 * them, chosen by an unstable sort: the file takes the first in order, so for the few words where
 * that happens often ("get") the scores stray further than SCORE_SPREAD, which the corpus's words
 * are held to.
 */
import { beforeAll, expect, test } from 'vitest';
import { FullTextIndex } from '../../src/offline/app/full-text';
import { editionDocuments } from '../../src/offline/build/edition';
import { buildReference } from '../../src/reference/reference';
import { parseCodeQuery } from '../../src/search/core/lookup';
import type { Pagefind } from '../../src/search/core/pagefind';
import { queryWords, type WordHit } from '../../src/search/core/ranking';
import { corpus } from '../e2e/search-corpus';
import { codes, commands, SITE } from '../support/data';
import { buildPagefind } from '../support/pagefind';
import { words as uiWords } from '../support/words';

/** How much lower, relatively, the site may score a page that the file ranks above another. */
const SWAP_MARGIN = 0.05;
/** How far the ratio of the file's score to the site's may stray across one corpus word's pages. */
const SCORE_SPREAD = 0.15;

const FILES = { codesFile: 'data/codes.json', commandsFile: 'data/commands.json' };
const documents = editionDocuments(buildReference(codes, commands, FILES), uiWords, new URL(SITE));
const file = new FullTextIndex(documents);

const corpusWords = corpus.flatMap(({ query }) => queryWords(parseCodeQuery(query).fullText));
/** Every word of the file's text, as a reader could type it. */
const textWords = documents.flatMap(({ words }) =>
	words
		.join(' ')
		.toLowerCase()
		.match(/-?[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)!,
);
const searched = [...new Set([...corpusWords, ...textWords])];

let pagefind: Pagefind;
/** The file's article of each site page the file has, by Pagefind's id for it. */
const articleOf = new Map<string, string>();

beforeAll(async () => {
	pagefind = await buildPagefind();
	for (const result of (await pagefind.search(null)).results) {
		const [, kind, name] = /^\/(code|command)s\/([^/]+)\/$/.exec((await result.data()).url) ?? [];
		if (kind) articleOf.set(result.id, `${kind}-${name}`);
	}
	// Pagefind finds the longer words a word starts only in the parts of its index it has loaded,
	// which a visit loads as its searches need them: loaded whole, it sees every word, as the file does.
	for (const start of 'abcdefghijklmnopqrstuvwxyz0123456789-') await pagefind.search(start);
});

/** One word's pages on the site, as the file's articles, with Pagefind's scores. */
async function onSite(word: string): Promise<WordHit[]> {
	const { results } = await pagefind.search(word);
	return results
		.filter(({ id }) => articleOf.has(id))
		.map(({ id, score, words }) => ({ id: articleOf.get(id)!, score, words }));
}

test('the corpus’s words and the text’s are compared', () => {
	expect(new Set(corpusWords).size).toBeGreaterThan(150);
	expect(searched.length).toBeGreaterThan(1500);
});

test('each word finds the same pages on both engines, at the same places', async () => {
	const differ: string[] = [];
	for (const word of searched) {
		const site = new Map((await onSite(word)).map((hit) => [hit.id, hit.words.join()]));
		const inFile = new Map((await file.find(word)).map((hit) => [hit.id, hit.words.join()]));
		// A word only the site's other pages hold ("ticket", in the guide): the file, whose words
		// none starts with it, reads it as the longest of its words it starts with, as Pagefind would.
		if (site.size === 0 && (await pagefind.search(word)).results.length > 0) continue;
		if (JSON.stringify([...site].sort()) !== JSON.stringify([...inFile].sort()))
			differ.push(`${word}: site ${[...site.keys()].sort()}, file ${[...inFile.keys()].sort()}`);
	}
	expect(differ).toEqual([]);
});

test('each word orders its pages by score as Pagefind does, with scores in proportion', async () => {
	const swapped: string[] = [];
	const strayed: string[] = [];
	// A single letter starts hundreds of words, on the site's own pages too: how many pages, and how
	// long, weighs most there. The pipeline searches one only where a query has nothing else.
	for (const word of searched.filter((word) => word.length > 1)) {
		const site = await onSite(word);
		const inFile = new Map((await file.find(word)).map((hit) => [hit.id, hit.score]));
		for (const above of site)
			for (const below of site)
				if (
					above.score > below.score * (1 + SWAP_MARGIN) &&
					inFile.get(above.id)! < inFile.get(below.id)!
				)
					swapped.push(`${word}: ${above.id} above ${below.id}`);
		const ratios = site.map(({ id, score }) => inFile.get(id)! / score);
		if (
			corpusWords.includes(word) &&
			Math.max(...ratios) > Math.min(...ratios) * (1 + SCORE_SPREAD)
		)
			strayed.push(word);
	}
	expect(swapped).toEqual([]);
	expect(strayed).toEqual([]);
});
