/**
 * What the search index holds, decided here once: the weight of the texts that count most, and what
 * is left out. Pagefind reads each page from its `<main>` and leaves out what `NOT_INDEXED` matches
 * (src/integrations/site.ts passes it on); components mark nothing themselves but the weights.
 *
 * A page is found by its own words: lists of other codes and commands, labels, buttons, addresses,
 * code blocks and the sentences every code page shares are not indexed, so they neither match a
 * query on every page nor fill an excerpt.
 */

/**
 * The weight of text in the index (`data-pagefind-weight`). Pagefind gives an h1 (a code's number
 * and the vendor's name) 7, other headings 6 to 2, and body text 1.
 */
export const INDEX_WEIGHT = {
	/** The vendor's message, which people paste verbatim: as strong as the vendor's name. */
	vendorMessage: 7,
	/** "Also searched as": the words people use, above our prose and below the vendor's strings. */
	searchTerms: 4,
} as const;

/**
 * The id of the search terms' paragraph: a search finds a page by them, but its excerpt is never
 * taken from them (src/search/excerpt.ts), since a list of phrases answers nothing.
 */
export const SEARCH_TERMS_ID = 'search-terms';

/** Pagefind's `excludeSelectors`: what no page is found by. */
export const NOT_INDEXED = [
	// Starlight's: the previous and next pages' names, and each heading's "Section titled …" link.
	'.pagination-links',
	'.sl-anchor-link',
	// Tables and lists of codes and commands outside their own pages, and their headings.
	'thead',
	'.code-table',
	'.codes-index',
	'.commands-index',
	'.command-list',
	'.related-codes',
	'.listed-codes',
	'.retry-codes',
	// Labels, badges, buttons and the page's own address.
	'.print-url',
	'.code-facts',
	'.copy-links',
	'.vendor-message figcaption',
	'.vendor-message .no-message',
	'.triage-badges',
	'.triage-reading',
	'.search-terms-label',
	// Code blocks: request lines and results, whose every word ("http", "command") is on many pages.
	'.expressive-code',
	'.problem-report',
	'.offline-download',
	'.search-box',
	// Sentences every code page shares: the result block and its note, "Returned by", how the number
	// is known, and the sources (vendor page titles).
	'.result-example',
	'section[aria-labelledby="returned-by"]',
	'.provenance-explanation',
	'.sources',
	'.permanent-link',
] as const;
