/**
 * What the search index holds, decided here once, by the part of a page: the weight of the texts
 * that count most, and the parts no page is found by. It is written two ways: as Pagefind's
 * attributes on the site's pages (`pagefindMarks`, which components spread on a part), and as the
 * offline edition's own markers in its articles (src/offline/markup.ts), so that both index the
 * same text of every code and command.
 *
 * A page is found by its own words: lists of other codes and commands, labels, badges, buttons,
 * addresses, code blocks and the sentences every code page (or command page) shares are not
 * indexed, so they neither match a query on every page nor fill an excerpt.
 */

/**
 * The parts, each with its weight in the index, 0 for a part left out. Pagefind gives an h1 (a
 * code's number and the vendor's name) 7, other headings 6 to 2, and other text 1.
 */
export const INDEXED_PARTS = {
	/** The vendor's message, which people paste verbatim: as strong as the vendor's name. */
	vendorMessage: 7,
	/** "Also searched as": the words people use, above our prose and below the vendor's strings. */
	searchTerms: 4,
	/** Labels, badges, captions, buttons, a page's address, the search box. */
	interface: 0,
	/** Lists and tables of codes and commands outside their own pages. */
	otherEntries: 0,
	/** Sentences every code page or every command page shares: the result and request notes, "Returned by", how a number is known, the sources. */
	shared: 0,
	/** Code blocks: request lines and results, whose every word ("http", "command") is on many pages. */
	codeBlock: 0,
	/** A table's column headings. */
	columnHeadings: 0,
} as const;

export type IndexedPart = keyof typeof INDEXED_PARTS;

/** A part's mark for Pagefind, to spread on the element that holds it. */
export function pagefindMarks(part: IndexedPart): Record<string, number | boolean> {
	const weight = INDEXED_PARTS[part];
	return weight === 0 ? { 'data-pagefind-ignore': true } : { 'data-pagefind-weight': weight };
}

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
