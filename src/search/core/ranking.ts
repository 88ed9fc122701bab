/**
 * How full-text results are ranked, with every weight in one place. Pagefind finds only pages
 * that hold every word of a query; people describe a problem in their own words, so each word is
 * searched on its own, and pages are ranked by field-weighted relevance: each word's score on the
 * page, which counts most where the vendor's name or message holds it, then "Also searched as",
 * then prose (index-policy.ts), and twice where the word stands near another of the query's words
 * ("invalid serverid" as a phrase). A page needs half of the words, not all: a vendor's name that
 * holds a query's telling words beats prose that holds more of them.
 */
import { FIELD_BOOSTS } from './index-policy';

/**
 * Pagefind's own ranking options (`pagefind.options({ ranking })`): a match in the title (a code's
 * number and name), the vendor's message or "Also searched as" adds its field's boost.
 */
export const PAGEFIND_RANKING = { metaWeights: FIELD_BOOSTS } as const;

/** How many pages a search shows. */
export const MAX_PAGES = 8;

/** How many words of a query are searched: a pasted paragraph needs no more to find its page. */
export const MAX_WORDS = 10;

/** Two words are near each other when at most this many positions apart ("macro not found"). */
const NEAR = 3;

/**
 * Words that say nothing about which page is meant: English and Dutch function words, and the
 * words of any complaint ("cannot find", "does not exist", "failed", "error"; "werkt niet",
 * "foutmelding"). They are not searched unless the query has nothing else.
 */
const STOP_WORDS = new Set(
	[
		'a an and are as at be been but by can did do does for from had has have how i if in into is it its me my no not of on or our said say says so than that the their then there these this to was we were what when where which while who why will with you your',
		"can't cannot cant couldn't doesn't don't isn't won't unable",
		'error errors fail failed fails failing failure find found exist exists existing get gets getting got issue problem',
		'de het een en van met voor dat dit op te bij naar nog al zijn wordt worden kan kon heeft hebben er niet geen wel ook maar als om uit aan tot zo wat hoe waarom wanneer waar ik je wij ze zij hij mijn onze',
		'fout fouten foutmelding melding mislukt probleem storing werkt lukt gevonden bestaat',
	]
		.join(' ')
		.split(' '),
);

/** True for a word full-text search looks for: not a stop word, nor a single letter. */
export const isSearchWord = (word: string) => !STOP_WORDS.has(word) && word.length > 1;

/**
 * The words of a query in order, in lower case: letters, digits and a leading "-" (codes such as
 * "-18"), joined by ' or - ("camera's", "multi-layout").
 */
export function queryTokens(text: string): string[] {
	return (text.toLowerCase().match(/-?[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).map((word) =>
		word.replace(/’/g, "'"),
	);
}

/**
 * The distinct words of a query, in lower case, that full-text search looks for, without stop
 * words and single letters unless the query has nothing else.
 */
export function queryWords(text: string): string[] {
	const words = [...new Set(queryTokens(text))];
	// A single letter is mostly a word still being typed, and matches the start of too many words.
	const meaningful = words.filter(isSearchWord);
	return (meaningful.length > 0 ? meaningful : words).slice(0, MAX_WORDS);
}

/** A page that a one-word search found, with Pagefind's score for that word and where it stands. */
export interface WordHit {
	id: string;
	score: number;
	/** The word's positions on the page. */
	words: readonly number[];
}

/**
 * The hits of one part of a query (src/search/core/vocabulary.ts) from those of its ways, each a word or
 * a phrase: a page holds the part where it holds one of its ways, a phrase's words near each other,
 * scored by the sum of their scores, the best way counting.
 */
export function partHits(ways: readonly (readonly (readonly WordHit[])[])[]): WordHit[] {
	const best = new Map<string, WordHit>();
	for (const hitsPerWord of ways) {
		const pages = new Map<string, { score: number; words: (readonly number[])[] }>();
		for (const hits of hitsPerWord) {
			for (const { id, score, words } of hits) {
				const page = pages.get(id) ?? { score: 0, words: [] };
				page.score += score;
				page.words.push(words);
				pages.set(id, page);
			}
		}
		for (const [id, { score, words }] of pages) {
			if (words.length < hitsPerWord.length || (best.get(id)?.score ?? -1) >= score) continue;
			if (words.slice(1).some((here, index) => !isNear(words[index], here))) continue;
			best.set(id, { id, score, words: words.flat().sort((a, b) => a - b) });
		}
	}
	return [...best.values()];
}

export interface RankedPage {
	id: string;
	/** How many of the query's words the page holds. */
	matched: number;
	/** How many of them stand near another of them on the page. */
	near: number;
	/** The page's relevance: the words' scores, each twice where it stands near another. */
	score: number;
}

function isNear(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
	return (a ?? []).some((position) =>
		(b ?? []).some((other) => Math.abs(position - other) <= NEAR),
	);
}

/**
 * Ranks the pages that one-word searches found (one list of hits per query word, or part of a
 * query, in the query's order) by their relevance: the sum of the words' scores, each counted twice
 * where it stands near another of the words. Only pages that hold at least half of the words, or,
 * where none does, as many as the page holding the most.
 */
export function rankPages(hitsPerWord: readonly (readonly WordHit[])[]): RankedPage[] {
	/** Per page, each query word's score and positions, where it holds the word. */
	const pages = new Map<string, (WordHit | undefined)[]>();
	hitsPerWord.forEach((hits, wordIndex) => {
		for (const hit of hits) {
			const page = pages.get(hit.id) ?? [];
			page[wordIndex] = hit;
			pages.set(hit.id, page);
		}
	});
	const ranked = [...pages].map(([id, hits]) => {
		const near = hits.map(
			(hit, index) =>
				hit !== undefined &&
				hits.some((other, otherIndex) => otherIndex !== index && isNear(hit.words, other?.words)),
		);
		return {
			id,
			matched: hits.filter(Boolean).length,
			near: near.filter(Boolean).length,
			score: hits.reduce(
				(total, hit, index) => total + (hit?.score ?? 0) * (near[index] ? 2 : 1),
				0,
			),
		};
	});
	ranked.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
	const most = Math.max(0, ...ranked.map((page) => page.matched));
	const enough = Math.min(Math.ceil(hitsPerWord.length / 2), most);
	return ranked.filter((page) => page.matched >= enough);
}
