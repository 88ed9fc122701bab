/**
 * The offline edition's script, which edition.ts inlines (bundled by
 * src/integrations/inline-script.ts): its search answers from what the file holds, as the site's
 * does. The site's lookup (src/search/lookup.ts) finds codes in the text, from the code map in the
 * file; full-text.ts searches the articles' own words, indexed once the browser is idle after
 * opening the file, or at the first query that needs them, if sooner.
 */
import { buildAnswer } from '../search/answer';
import { parseCodeMap } from '../search/code-map';
import { parseCodeQuery, resolveLookup } from '../search/lookup';
import { codeAnchor, INDEXED, POSITIVE_VALUES_ANCHOR, SEARCH_IDS, WEIGHT } from './markup';
import { FullTextIndex, type IndexedDocument } from './full-text';
import { attachSearch } from './search-field';

const { codes, words } = parseCodeMap(document.getElementById(SEARCH_IDS.codeMap)!.textContent!);
const URLS = {
	code: (code: number) => `#${codeAnchor(code)}`,
	positiveValues: `#${POSITIVE_VALUES_ANCHOR}`,
};

/** The articles as the index reads them: the heading, and the text the file marks for search. */
function documentsIn(root: ParentNode): IndexedDocument[] {
	return [...root.querySelectorAll('article[id]')].map((article) => ({
		id: article.id,
		segments: [
			{ text: article.querySelector('h3')?.textContent ?? '', weight: WEIGHT.title },
			...[...article.querySelectorAll(`[${INDEXED}]`)].map((element) => ({
				text: element.textContent ?? '',
				weight: Number(element.getAttribute(INDEXED)) || 1,
			})),
		],
	}));
}

let index: FullTextIndex | undefined;
const fullText = () => (index ??= new FullTextIndex(documentsIn(document)));

const search = document.getElementById(SEARCH_IDS.field)!.closest<HTMLElement>('[role="search"]')!;
attachSearch(
	{
		field: document.getElementById(SEARCH_IDS.field) as HTMLInputElement,
		listbox: document.getElementById(SEARCH_IDS.results)!,
		notices: search.querySelector('.notices')!,
		status: search.querySelector('[role="status"]')!,
	},
	(text) => {
		const query = parseCodeQuery(text);
		// Full text needs words: "-" or "1..64" alone would match nothing useful.
		const pages = /\p{L}/u.test(query.fullText) ? fullText().search(query.fullText) : [];
		return buildAnswer(
			{ lookup: resolveLookup(query.mentions, codes), pages, pending: false },
			URLS,
			words,
		);
	},
	words,
);

// Once the file shows: index its words, and search them once, so that the browser has compiled the
// search before the first key a person types.
const prepare = () => fullText().search('result code');
if ('requestIdleCallback' in window) requestIdleCallback(prepare);
else setTimeout(prepare, 100);
