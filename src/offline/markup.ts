/**
 * What the offline edition's markup and its script agree on: the ids of its articles (every code
 * and command is one, `#code--18`, `#command-getclips`) and of its search, and how the text its
 * search indexes is marked.
 */

import { INDEXED_PARTS, type IndexedPart } from '../search/core/index-policy';

/** `code--18`: a code's article. */
export function codeAnchor(code: number): string {
	return `code-${code}`;
}

const COMMAND = 'command-';

/** `command-getclips`: a command's article, from its URL segment (src/urls.ts, commandSlug). */
export function commandAnchor(slug: string): string {
	return `${COMMAND}${slug}`;
}

/** True for a link to a command's article, which the stylesheet sets as code (`a[href^='#command-']`). */
export function isCommandAnchor(href: string): boolean {
	return href.startsWith(`#${COMMAND}`);
}

/** `category-general`: a category's codes in the contents. */
export function categoryAnchor(category: string): string {
	return `category-${category}`;
}

/** `provenance-row-order`: what a kind of provenance means, said once for every code of the kind. */
export function provenanceAnchor(kind: string): string {
	return `provenance-${kind}`;
}

/** `code--18-fixes`: a section of an entry's article. */
export function sectionAnchor(entry: string, section: string): string {
	return `${entry}-${section}`;
}

/** The file's two parts: every code, every command. */
export const CODES_ANCHOR = 'codes';
export const COMMANDS_ANCHOR = 'commands';

/** Where the file shows what a result looks like, and says what positive values mean. */
export const RESULT_SHAPE_ANCHOR = 'result-shape';
export const POSITIVE_VALUES_ANCHOR = 'positive-values';

/** The search's elements, which the script finds by id. */
export const SEARCH_IDS = {
	field: 'search',
	results: 'search-results',
	hint: 'search-hint',
	/** The search data (src/schemas/search-data.ts), as JSON. */
	searchData: 'search-data',
} as const;

/**
 * How the file marks what its index reads (app/articles.ts): every article's text, as the site's
 * index reads a page's, but for what is marked left out; a weight where one is marked, and a
 * marked part is a field, as the title is (src/search/core/index-policy.ts). Headings weigh as the
 * site's do: an article's h3 is its page's h1, two levels up.
 */
export const FILE_INDEX = {
	weight: 'data-i',
	leftOut: 'data-x',
	headingShift: 2,
} as const;

/** A part's marker in the file (what the index makes of it: src/search/core/index-policy.ts), to spread on the element that holds it. */
export function fileMarks(part: IndexedPart): Record<string, number | boolean> {
	const marks = INDEXED_PARTS[part];
	return 'field' in marks ? { [FILE_INDEX.weight]: marks.weight } : { [FILE_INDEX.leftOut]: true };
}
