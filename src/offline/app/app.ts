/**
 * The offline edition's script, which edition.ts inlines (bundled by
 * src/integrations/inline-script.ts): its search answers from what the file holds, as the site's
 * does. The site's lookup (src/search/lookup.ts) finds codes in the text, from the search data in
 * the file; full-text.ts searches the articles' own words, indexed once the browser is idle after
 * opening the file, or at the first query that needs them, if sooner.
 */
import {
	buildAnswer,
	type AnswerContext,
	type AnswerWords,
	type PageHit,
} from '../../search/core/answer';
import {
	parseCodeQuery,
	pastedResults,
	resolveLookup,
	vendorWordsMatch,
	vendorWordsWithin,
} from '../../search/core/lookup';
import { queryWords } from '../../search/core/ranking';
import type { OfflineSearchData } from '../../schemas/search-data';
import { correctedText, wordsToSearch } from '../../search/core/typos';
import { commandSlug } from '../../urls';
import {
	codeAnchor,
	commandAnchor,
	INDEXED,
	POSITIVE_VALUES_ANCHOR,
	RESULT_SHAPE_ANCHOR,
	SEARCH_IDS,
	WEIGHT,
} from '../markup';
import { FullTextIndex, type IndexedDocument } from './full-text';
import { attachSearch } from '../../search/ui/combobox';

const data = JSON.parse(
	document.getElementById(SEARCH_IDS.searchData)!.textContent!,
) as OfflineSearchData;
const words = data.words as AnswerWords;
const lists = new Intl.ListFormat(document.documentElement.lang || 'en', { type: 'conjunction' });
/** Where the answer's links lead: to the file's own articles. */
const CONTEXT: AnswerContext = {
	code: (code) => `#${codeAnchor(code)}`,
	command: (name) => `#${commandAnchor(commandSlug(name))}`,
	positiveValues: `#${POSITIVE_VALUES_ANCHOR}`,
	results: `#${RESULT_SHAPE_ANCHOR}`,
	list: (items) => lists.format(items),
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
	(text, { exactly }) => {
		const query = parseCodeQuery(text);
		const corrections = new Map<string, string>();
		let pages: PageHit[] = [];
		// Full text needs words: "-" or "1..64" alone would match nothing useful.
		if (/\p{L}/u.test(query.fullText)) {
			const index = fullText();
			const typed = queryWords(query.fullText);
			const searched = exactly
				? typed
				: wordsToSearch(typed, (word) => index.has(word), index.vocabulary, corrections);
			pages = index.search(searched.join(' '));
		}
		return buildAnswer(
			{
				query: text,
				lookup: resolveLookup(query.mentions, data.codes),
				vendorWords: vendorWordsMatch(text, data.codes),
				vendorWordsWithin: vendorWordsWithin(text, data.codes),
				pasted: pastedResults(text),
				httpStatuses: query.httpStatuses,
				...(corrections.size > 0
					? {
							correction: {
								original: query.fullText,
								corrected: correctedText(query.fullText, corrections),
							},
						}
					: {}),
				pages,
				pending: false,
			},
			words,
			CONTEXT,
		);
	},
	words,
);

// Once the file shows: index its words, and search them once, so that the browser has compiled the
// search before the first key a person types.
const prepare = () => fullText().search('result code');
if ('requestIdleCallback' in window) requestIdleCallback(prepare);
else setTimeout(prepare, 100);
