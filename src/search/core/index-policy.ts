/**
 * What the search index holds, decided here once, by the part of a page: the weight of the texts
 * that count most and the fields they are, and the parts no page is found by. It is written two
 * ways: as Pagefind's attributes on the site's pages (`pagefindMarks`, which components spread on a
 * part), and as the offline edition's own markers in its articles (src/offline/markup.ts), so that
 * both index the same text and fields of every code and command.
 *
 * A page is found by its own words: lists of other codes and commands, labels, badges, buttons,
 * addresses, code blocks and the sentences every code page (or command page) shares are not
 * indexed, so they neither match a query on every page nor fill an excerpt.
 */

/**
 * The parts, each with its weight in the index, 0 for a part left out. Pagefind gives an h1 (a
 * code's number and the vendor's name) 7, other headings 6 to 2, and other text 1. A weighted part
 * is also a field of its own, as the title is: a field that holds a query's word adds to the page's
 * score for it (`fieldBoost`), so that a name or message holding a query's telling words outweighs
 * prose holding more of them.
 */
export const INDEXED_PARTS = {
	/** The vendor's message, which people paste verbatim: as strong as the vendor's name. */
	vendorMessage: { weight: 7, field: 'message' },
	/** "Also searched as": the words people use, above our prose and below the vendor's strings. */
	searchTerms: { weight: 4, field: 'terms' },
	/** Labels, badges, captions, buttons, a page's address, the search box. */
	interface: { weight: 0 },
	/** Lists and tables of codes and commands outside their own pages. */
	otherEntries: { weight: 0 },
	/** Sentences every code page or every command page shares: the result and request notes, "Returned by", how a number is known, the sources. */
	shared: { weight: 0 },
	/** Code blocks: request lines and results, whose every word ("http", "command") is on many pages. */
	codeBlock: { weight: 0 },
	/** A table's column headings. */
	columnHeadings: { weight: 0 },
} as const satisfies Record<string, { weight: 0 } | { weight: number; field: string }>;

export type IndexedPart = keyof typeof INDEXED_PARTS;

/** A part's mark for Pagefind, to spread on the element that holds it: its weight and its field (a meta field). */
export function pagefindMarks(part: IndexedPart): Record<string, string | number | boolean> {
	const marks = INDEXED_PARTS[part];
	return 'field' in marks
		? { 'data-pagefind-weight': marks.weight, 'data-pagefind-meta': marks.field }
		: { 'data-pagefind-ignore': true };
}

/** The weight of a page's title (Pagefind's h1, the offline edition's article heading): a code's number and the vendor's name. */
const TITLE_WEIGHT = 7;

/**
 * What a field (the title, or a weighted part) adds to a page's score for a word it holds, times
 * the word's IDF, once however often it holds it: its weight times 5/7, which keeps the title's
 * boost at Pagefind's own (5). Pagefind adds it as `metaWeights` (ranking.ts); the offline edition's
 * index the same way (src/offline/app/full-text.ts).
 */
export const fieldBoost = (weight: number) => (weight * 5) / 7;

/** Pagefind's `metaWeights`: each field's boost, the title's included. */
export const FIELD_BOOSTS: Record<string, number> = Object.fromEntries([
	['title', fieldBoost(TITLE_WEIGHT)],
	...Object.values(INDEXED_PARTS).flatMap((marks) =>
		'field' in marks ? [[marks.field, fieldBoost(marks.weight)]] : [],
	),
]);

/**
 * The id of the search terms' paragraph: a search finds a page by them, but its excerpt is never
 * taken from them (src/search/core/excerpt.ts), since a list of phrases answers nothing.
 */
export const SEARCH_TERMS_ID = 'search-terms';

/**
 * Pagefind's `excludeSelectors`, for the parts that Starlight and Markdown render rather than our
 * components: the previous and next pages' names, each heading's "Section titled …" link, code
 * blocks (Expressive Code's) and tables' column headings.
 */
export const NOT_INDEXED = [
	'.pagination-links',
	'.sl-anchor-link',
	'.expressive-code',
	'thead',
] as const;
