/**
 * How full-text results are ranked, with every weight in one place. Pagefind finds only pages
 * that hold every word of a query; people describe a problem in their own words, so each word is
 * searched on its own and pages are ranked by how many of the words they hold, then by how many of
 * the query's neighbouring words stand near each other on the page ("invalid serverid" as a phrase
 * beats "Invalid" in a title and "serverid" further down), then by the sum of Pagefind's scores.
 */

/** Pagefind's own ranking options (`pagefind.options({ ranking })`). */
export const PAGEFIND_RANKING = {
	/** A title match (a code's number and name) counts 5 times a body match, Pagefind's default. */
	metaWeights: { title: 5 },
} as const;

/** How many pages a search shows. */
export const MAX_PAGES = 8;

/** How many words of a query are searched: a pasted paragraph needs no more to find its page. */
const MAX_WORDS = 10;

/** Two words are near each other when at most this many positions apart ("macro not found"). */
const NEAR = 3;

/**
 * Words that say nothing about which page is meant: English function words, and the words of any
 * complaint ("cannot find", "does not exist", "failed", "error"). They are not searched unless the
 * query has nothing else.
 */
const STOP_WORDS = new Set(
	[
		'a an and are as at be been but by can did do does for from had has have how i if in into is it its me my no not of on or our said say says so than that the their then there these this to was we were what when where which while who why will with you your',
		"can't cannot cant couldn't doesn't don't isn't won't unable",
		'error errors fail failed fails failing failure find found exist exists existing get gets getting got issue problem',
	]
		.join(' ')
		.split(' '),
);

/**
 * The distinct words of a query, in lower case, that full-text search looks for: letters, digits
 * and a leading "-" (codes such as "-18"), without stop words and single letters unless the query
 * has nothing else.
 */
export function queryWords(text: string): string[] {
	const words = [
		...new Set(
			(text.toLowerCase().match(/-?[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).map((word) =>
				word.replace(/’/g, "'"),
			),
		),
	];
	// A single letter is mostly a word still being typed, and matches the start of too many words.
	const meaningful = words.filter((word) => !STOP_WORDS.has(word) && word.length > 1);
	return (meaningful.length > 0 ? meaningful : words).slice(0, MAX_WORDS);
}

/** A page that a one-word search found, with Pagefind's score for that word and where it stands. */
export interface WordHit {
	id: string;
	score: number;
	/** The word's positions on the page. */
	words: readonly number[];
}

export interface RankedPage {
	id: string;
	/** How many of the query's words the page holds. */
	matched: number;
	/** How many pairs of neighbouring query words stand near each other on the page. */
	near: number;
	/** The sum of Pagefind's scores for the words. */
	score: number;
}

function isNear(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
	return (a ?? []).some((position) =>
		(b ?? []).some((other) => Math.abs(position - other) <= NEAR),
	);
}

/**
 * Ranks the pages that one-word searches found (one list of hits per query word, in the query's
 * order): pages that hold most of the words, at least half of them, by how many they hold, then by
 * how many neighbouring query words stand near each other, then by their summed score. Where no
 * page holds half of the words, the pages that hold the most of them.
 */
export function rankPages(hitsPerWord: readonly (readonly WordHit[])[]): RankedPage[] {
	/** Per page, the positions of each query word it holds. */
	const positions = new Map<string, { score: number; words: (readonly number[] | undefined)[] }>();
	hitsPerWord.forEach((hits, wordIndex) => {
		for (const { id, score, words } of hits) {
			const page = positions.get(id) ?? { score: 0, words: [] };
			page.score += score;
			page.words[wordIndex] = words;
			positions.set(id, page);
		}
	});
	const ranked = [...positions].map(([id, { score, words }]) => ({
		id,
		matched: words.filter(Boolean).length,
		near: words.slice(1).filter((here, index) => isNear(words[index], here)).length,
		score,
	}));
	ranked.sort(
		(a, b) =>
			b.matched - a.matched || b.near - a.near || b.score - a.score || a.id.localeCompare(b.id),
	);
	const most = ranked[0]?.matched ?? 0;
	const enough = Math.min(Math.ceil(hitsPerWord.length / 2), most);
	return ranked.filter((page) => page.matched >= enough);
}
