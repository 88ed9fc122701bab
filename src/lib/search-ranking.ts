/**
 * Pagefind's ranking, for the search dialog (through Starlight) and the home page's lookup alike.
 * Close to Pagefind's own defaults: short code pages whose name or message matches the query beat
 * long pages that mention its words often. Measured with tests/e2e/search-corpus.ts.
 */
export const SEARCH_RANKING = {
	pageLength: 0.75,
	termFrequency: 1,
	termSaturation: 1.4,
	termSimilarity: 9,
};
