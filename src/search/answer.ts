/**
 * What a search shows for a query, as plain data: notices (what the lookup has to say) and one list
 * of options to choose from, exact lookup first, then full-text pages. Pure, so that every surface
 * (the search dialog, the home page, the 404 page) shows the same answer for the same text.
 */
import type { KnownCode, LookupResult } from './lookup';

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

function lookupParts(result: LookupResult, urls: AnswerUrls): { notices: string[]; options: SearchOption[] } {
	switch (result.kind) {
		case 'code':
			return {
				notices: [],
				options: [
					{
						href: urls.code(result.entry.code),
						title: codeTitle(result.entry),
						detail: result.signAssumed
							? `Read as ${result.entry.code}: error codes are negative.`
							: result.entry.message || 'Result code',
						kind: 'code',
					},
				],
			};
		case 'undocumented':
			return {
				notices: [`No documented result code ${result.code}.`],
				options: result.nearest.map((entry) => ({
					href: urls.code(entry.code),
					title: codeTitle(entry),
					detail: `Nearest documented code to ${result.code}`,
					kind: 'nearest',
				})),
			};
		case 'positive':
			return {
				notices: [`${result.value} is a positive value, not an error: its meaning depends on the command that answered.`],
				options: [
					{ href: urls.positiveValues, title: 'Positive values', detail: 'Reading a result', kind: 'positive' },
				],
			};
	}
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/** The answer for the lookup results and the full-text pages so far. A page the lookup already offers is not offered twice. */
export function buildAnswer({ lookup, pages, pending }: QueryAnswer, urls: AnswerUrls): SearchAnswer {
	const notices: string[] = [];
	const options: SearchOption[] = [];
	for (const result of lookup) {
		const parts = lookupParts(result, urls);
		notices.push(...parts.notices);
		for (const option of parts.options) {
			if (!options.some((other) => other.href === option.href)) options.push(option);
		}
	}
	const offered = new Set(options.map((option) => withoutHash(option.href)));
	for (const page of pages) {
		if (offered.has(withoutHash(page.url))) continue;
		offered.add(withoutHash(page.url));
		options.push({ href: page.url, title: page.title, detail: page.excerpt, kind: 'page', excerpt: true });
	}
	if (!pending && options.length === 0 && notices.length === 0) notices.push('No page matches.');
	return {
		notices,
		options,
		firstIsAnswer: options.length > 0 && lookup[0]?.kind !== 'undocumented',
		pending,
	};
}

/** One sentence for screen readers about what the answer holds. */
export function describeAnswer(answer: SearchAnswer): string {
	const [first] = answer.options;
	const notices = answer.notices.join(' ');
	if (!first) return notices;
	const count = answer.options.length === 1 ? '1 result' : `${answer.options.length} results`;
	const open = answer.firstIsAnswer ? ` Enter opens ${first.title}.` : ' Use the arrow keys to choose one.';
	return [notices, `${count}.${open}`].filter(Boolean).join(' ');
}
