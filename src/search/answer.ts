/**
 * What a search shows for a query, as plain data: notices (what the lookup has to say) and one list
 * of options to choose from, exact lookup first, then full-text pages. Pure, so that every surface
 * (the search dialog, the home page, the 404 page) shows the same answer for the same text.
 */
import { fillIn } from '../utils/fill-in';
import type { KnownCode, LookupResult } from './lookup';

/** The UI strings an answer is written in, by key: the page passes their templates in. */
export const ANSWER_WORDS = [
	'searchAnswer.signAssumed',
	'searchAnswer.resultCode',
	'searchAnswer.undocumented',
	'searchAnswer.nearest',
	'searchAnswer.positive',
	'searchAnswer.positiveTitle',
	'searchAnswer.positiveDetail',
	'searchAnswer.noPage',
	'searchAnswer.oneResult',
	'searchAnswer.results',
	'searchAnswer.enterOpens',
	'searchAnswer.choose',
] as const;

export type AnswerWords = Record<(typeof ANSWER_WORDS)[number], string>;

/** A full-text result, as Pagefind gives it. */
export interface PageHit {
	url: string;
	title: string;
	/** Pagefind's excerpt: text with HTML entities escaped and matches in `<mark>`. */
	excerpt: string;
}

/** What a query found: the exact lookup, and the full-text pages so far. */
export interface QueryAnswer {
	lookup: LookupResult[];
	/** Full-text results so far, best first. */
	pages: PageHit[];
	/** True while more full-text results are to come. */
	pending: boolean;
}

export interface SearchOption {
	href: string;
	title: string;
	/** A line under the title: the vendor's message, a note, or an excerpt (see `excerpt`). */
	detail: string;
	kind: 'code' | 'nearest' | 'positive' | 'page';
	/** True where `detail` is a Pagefind excerpt, with its `<mark>` elements. */
	excerpt?: boolean;
}

export interface SearchAnswer {
	/** Sentences about the query, shown above the options. */
	notices: string[];
	options: SearchOption[];
	/** True where the first option is the answer and Enter opens it; false where the code asked for is not documented. */
	firstIsAnswer: boolean;
	/** True while full-text results are still to come. */
	pending: boolean;
}

export interface AnswerUrls {
	code(code: number): string;
	positiveValues: string;
}

const codeTitle = ({ code, name }: KnownCode) => `${code} ${name}`;

function lookupParts(
	result: LookupResult,
	urls: AnswerUrls,
	words: AnswerWords,
): { notices: string[]; options: SearchOption[] } {
	switch (result.kind) {
		case 'code':
			return {
				notices: [],
				options: [
					{
						href: urls.code(result.entry.code),
						title: codeTitle(result.entry),
						detail: result.signAssumed
							? fillIn(words['searchAnswer.signAssumed'], { code: result.entry.code })
							: result.entry.message || words['searchAnswer.resultCode'],
						kind: 'code',
					},
				],
			};
		case 'undocumented':
			return {
				notices: [fillIn(words['searchAnswer.undocumented'], { code: result.code })],
				options: result.nearest.map((entry) => ({
					href: urls.code(entry.code),
					title: codeTitle(entry),
					detail: fillIn(words['searchAnswer.nearest'], { code: result.code }),
					kind: 'nearest',
				})),
			};
		case 'positive':
			return {
				notices: [fillIn(words['searchAnswer.positive'], { value: result.value })],
				options: [
					{
						href: urls.positiveValues,
						title: words['searchAnswer.positiveTitle'],
						detail: words['searchAnswer.positiveDetail'],
						kind: 'positive',
					},
				],
			};
	}
}

/**
 * The page a URL leads to: `/codes/-18/#fixes` is `/codes/-18/`. A URL that is only a fragment
 * (`#code--18`, in the offline edition, where every code is an article of one file) is a page of
 * its own.
 */
const pageOf = (url: string) => url.replace(/(?<!^)#.*$/, '');

/** The answer for the lookup results and the full-text pages so far. A page the lookup already offers is not offered twice. */
export function buildAnswer(
	{ lookup, pages, pending }: QueryAnswer,
	urls: AnswerUrls,
	words: AnswerWords,
): SearchAnswer {
	const notices: string[] = [];
	const options: SearchOption[] = [];
	for (const result of lookup) {
		const parts = lookupParts(result, urls, words);
		notices.push(...parts.notices);
		for (const option of parts.options) {
			if (!options.some((other) => other.href === option.href)) options.push(option);
		}
	}
	const offered = new Set(options.map((option) => pageOf(option.href)));
	for (const page of pages) {
		if (offered.has(pageOf(page.url))) continue;
		offered.add(pageOf(page.url));
		options.push({
			href: page.url,
			title: page.title,
			detail: page.excerpt,
			kind: 'page',
			excerpt: true,
		});
	}
	if (!pending && options.length === 0 && notices.length === 0)
		notices.push(words['searchAnswer.noPage']);
	return {
		notices,
		options,
		firstIsAnswer: options.length > 0 && lookup[0]?.kind !== 'undocumented',
		pending,
	};
}

/** One sentence for screen readers about what the answer holds. */
export function describeAnswer(answer: SearchAnswer, words: AnswerWords): string {
	const [first] = answer.options;
	const notices = answer.notices.join(' ');
	if (!first) return notices;
	const count =
		answer.options.length === 1
			? words['searchAnswer.oneResult']
			: fillIn(words['searchAnswer.results'], { count: answer.options.length });
	const open = answer.firstIsAnswer
		? fillIn(words['searchAnswer.enterOpens'], { title: first.title })
		: words['searchAnswer.choose'];
	return [notices, count, open].filter(Boolean).join(' ');
}
