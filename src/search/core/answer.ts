/**
 * What a search shows for a query, as plain data: notices (what the lookup and the reading of a
 * pasted request have to say), one list of options to choose from (exact lookup first, or a pasted
 * request's command and the codes its page lists, then full-text pages), and what can be copied
 * for a ticket: each code found, an undocumented code, or the reading of a request, each with what
 * was pasted and every notice. Pure, so that every surface (the search dialog, the home page, the
 * 404 page, the offline edition) shows the same answer for the same text.
 */
import { fillIn } from '../../utils/fill-in';
import { trackerIssueUrl } from '../../utils/problem-report';
import { plainText, ui, type Rich } from '../../utils/rich';
import { isVendorWording, type LookupResult, type PastedResult } from './lookup';
import type { RequestDiagnosis } from './request';
import { requestNotices } from './request-notices';
import type { CodeFacts, KnownRule } from '../../schemas/search-data';
import type { TicketEvidence, TicketTarget } from '../../ticket/packet';
import type { VocabularyReading } from './vocabulary';

/** The UI strings an answer is written in, by key: they come with the search data. */
export const ANSWER_WORDS = [
	'searchAnswer.signAssumed',
	'searchAnswer.resultCode',
	'searchAnswer.undocumented',
	'searchAnswer.undocumentedNext',
	'searchAnswer.report',
	'searchAnswer.nearest',
	'searchAnswer.sharedMessage',
	'searchAnswer.otherDescription',
	'searchAnswer.positive',
	'searchAnswer.positiveTitle',
	'searchAnswer.positiveDetail',
	'searchAnswer.noPage',
	'searchAnswer.httpStatus',
	'searchAnswer.corrected',
	'searchAnswer.searchInstead',
	'searchAnswer.alsoSearched',
	'searchAnswer.readAs',
	'searchAnswer.oneResult',
	'searchAnswer.results',
	'searchAnswer.enterOpens',
	'searchAnswer.choose',
	'searchAnswer.disputed',
	'searchAnswer.commandPage',
	'searchAnswer.listedBy',
	'searchAnswer.hintChoose',
	'searchAnswer.hintNothing',
	'diagnosis.command',
	'diagnosis.unknownCommand',
	'diagnosis.action',
	'diagnosis.earlierName',
	'diagnosis.notTheVendorsForm',
	'diagnosis.likeliestReason',
	'diagnosis.listed',
	'diagnosis.notListed',
	'diagnosis.cutOff',
	'diagnosis.cutShort',
	'diagnosis.noTable',
	'diagnosis.vendorWords',
	'diagnosis.likely',
	'diagnosis.unrelated',
	'diagnosis.missing',
	'diagnosis.missingOptional',
	'diagnosis.requestCutOff',
	'diagnosis.undocumented',
	'diagnosis.suggestion',
	'diagnosis.unencoded',
	'diagnosis.timestampFormat',
	'diagnosis.timestampZone',
	'diagnosis.timestampPlus',
	'report.undocumentedTitle',
	'report.pasted',
] as const;

export type AnswerWords = Record<(typeof ANSWER_WORDS)[number], string>;

/** A full-text result: its page, and the sentence of it that answers (excerpt.ts). */
export interface PageHit {
	url: string;
	title: string;
	excerpt: Rich;
}

/** What a query found so far. */
export interface QueryAnswer {
	/** The query as typed or pasted. */
	query: string;
	/** The codes the query mentions, each resolved. */
	lookup: LookupResult[];
	/** The codes whose vendor name, message or wording the whole query is. */
	vendorWords: CodeFacts[];
	/** The codes whose vendor name or message stands whole inside a longer query. */
	vendorWordsWithin: CodeFacts[];
	/** The `<result>` elements the query holds. */
	pasted: PastedResult[];
	/** HTTP statuses the query holds, which are not result codes. */
	httpStatuses: string[];
	/** A request line the query holds, read against its command's page. */
	request?: RequestDiagnosis;
	/** The codes the page of the request's command lists, in its order. */
	requestCodes?: CodeFacts[];
	/** The general rules that tie codes to every command (data/general-rules.json). */
	rules?: readonly KnownRule[];
	/** Where a mistyped word was read as a word the site knows: the query as typed, and as searched. */
	correction?: { original: string; corrected: string };
	/** Where phrases of the query were searched for the vendor's words too (the support vocabulary). */
	readings?: VocabularyReading[];
	/** Full-text results so far, best first. */
	pages: PageHit[];
	/** True while more full-text results are to come. */
	pending: boolean;
}

export interface SearchOption {
	href: string;
	title: string;
	/** A line under the title: the vendor's message, a note, or a sentence of the page. */
	detail: Rich;
	kind: 'code' | 'nearest' | 'positive' | 'command' | 'page';
}

/** A sentence above the options; `searchInstead` offers to search the query as typed. */
interface Notice {
	parts: Rich;
	searchInstead?: string;
}

export interface SearchAnswer {
	notices: Notice[];
	options: SearchOption[];
	tickets: TicketTarget[];
	/** True where the first option is the answer and Enter opens it; false where the code asked for is not documented. */
	firstIsAnswer: boolean;
	/** True while full-text results are still to come. */
	pending: boolean;
}

/** Where things are, and how to say a list ("-22 and -23"). */
export interface AnswerContext {
	code(code: number): string;
	command(name: string): string;
	positiveValues: string;
	results: string;
	/** Where problems are reported, if anywhere (ISSUE_TRACKER_URL). */
	tracker?: string;
	list(items: string[]): string;
}

const codeTitle = ({ code, name }: CodeFacts) => `${code} ${name}`;
const notice = (parts: Rich): Notice => ({ parts });
/** A pasted report's body is cut: the tracker's URL must stay within what browsers and servers take. */
const MAX_REPORTED = 1500;

/** A link to report a code the reference cannot explain, with what was pasted, where a tracker is set. */
function reportLink(words: AnswerWords, context: AnswerContext, code: number, query: string): Rich {
	if (!context.tracker) return [];
	const title = fillIn(words['report.undocumentedTitle'], { code });
	const body = `${words['report.pasted']}\n\n${query.slice(0, MAX_REPORTED)}\n`;
	return [
		{ text: ' ' },
		{
			text: fillIn(words['searchAnswer.report'], { code }),
			href: trackerIssueUrl(context.tracker, title, body),
		},
	];
}

function lookupParts(
	result: LookupResult,
	words: AnswerWords,
	context: AnswerContext,
	query: string,
): { notices: Notice[]; options: SearchOption[] } {
	switch (result.kind) {
		case 'code':
			return {
				notices: [],
				options: [
					{
						href: context.code(result.entry.code),
						title: codeTitle(result.entry),
						detail: ui(
							result.signAssumed
								? words['searchAnswer.signAssumed']
								: result.entry.message || words['searchAnswer.resultCode'],
							{
								code: result.entry.code,
							},
						),
						kind: 'code',
					},
				],
			};
		case 'undocumented':
			return {
				notices: [
					notice([
						...ui(words['searchAnswer.undocumented'], { code: result.code }),
						{ text: ' ' },
						...ui(words['searchAnswer.undocumentedNext']),
						...reportLink(words, context, result.code, query),
					]),
				],
				options: result.nearest.map((entry) => ({
					href: context.code(entry.code),
					title: codeTitle(entry),
					detail: ui(words['searchAnswer.nearest'], { code: result.code }),
					kind: 'nearest',
				})),
			};
		case 'positive':
			return {
				notices: [notice(ui(words['searchAnswer.positive'], { value: result.value }))],
				options: [
					{
						href: context.positiveValues,
						title: words['searchAnswer.positiveTitle'],
						detail: ui(words['searchAnswer.positiveDetail']),
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

/** The numbers of the codes a lookup found, documented or not; positive values are no codes. */
const codeNumbers = (lookup: readonly LookupResult[]) =>
	lookup.flatMap((result) =>
		result.kind === 'positive' ? [] : [result.kind === 'code' ? result.entry.code : result.code],
	);

/**
 * A request's command page, and, where nothing else leads, the codes its page lists: what a
 * request pasted without a result asks about.
 */
function requestOptions(
	request: RequestDiagnosis,
	codes: readonly CodeFacts[],
	words: AnswerWords,
	context: AnswerContext,
): SearchOption[] {
	const { command } = request;
	if (!command) return [];
	return [
		{
			href: context.command(command.name),
			title: command.name,
			detail: ui(words['searchAnswer.commandPage']),
			kind: 'command',
		},
		...codes.map((entry): SearchOption => ({
			href: context.code(entry.code),
			title: codeTitle(entry),
			detail: ui(words['searchAnswer.listedBy'], { command: command.name }),
			kind: 'code',
		})),
	];
}

/**
 * What can be copied for a ticket: each documented code found, each undocumented one, or, where a
 * pasted request holds no code, the reading of the request; each with what was pasted about it and
 * every notice of the answer.
 */
function ticketTargets(answer: QueryAnswer, notices: readonly Notice[]): TicketTarget[] {
	const { query, lookup, vendorWords, vendorWordsWithin, pasted, request } = answer;
	const said = notices.filter((item) => !item.searchInstead).map((item) => plainText(item.parts));
	const evidence = (code?: number): TicketEvidence => {
		const result = pasted.find((element) => element.code === code)?.xml;
		return {
			...(result ? { result } : {}),
			...(request ? { request: request.request } : {}),
			...(!result && !request && said.length > 0 ? { pasted: query.slice(0, MAX_REPORTED) } : {}),
			...(said.length > 0 ? { notices: said } : {}),
		};
	};
	const documented = [
		...vendorWords,
		...lookup.flatMap((result) => (result.kind === 'code' ? [result.entry] : [])),
		...vendorWordsWithin,
	];
	const targets: TicketTarget[] = [
		...[...new Map(documented.map((entry) => [entry.code, entry])).values()].map(
			(entry): TicketTarget => ({ kind: 'code', code: entry, evidence: evidence(entry.code) }),
		),
		...lookup.flatMap((result): TicketTarget[] =>
			result.kind === 'undocumented'
				? [{ kind: 'undocumented', code: result.code, evidence: evidence(result.code) }]
				: [],
		),
	];
	if (targets.length === 0 && request)
		targets.push({
			kind: 'request',
			command: request.command?.name ?? request.commandName,
			evidence: evidence(),
		});
	return targets;
}

/** The answer so far. A page the lookup already offers is not offered twice. */
export function buildAnswer(
	answer: QueryAnswer,
	words: AnswerWords,
	context: AnswerContext,
): SearchAnswer {
	const {
		query,
		lookup,
		vendorWords,
		vendorWordsWithin,
		pasted,
		httpStatuses,
		request,
		correction,
		readings = [],
		pages,
		pending,
	} = answer;
	const notices: Notice[] = [];
	const options: SearchOption[] = [];
	const offer = (option: SearchOption) => {
		if (!options.some((other) => other.href === option.href)) options.push(option);
	};

	if (request)
		notices.push(
			...requestNotices(request, codeNumbers(lookup), answer.rules ?? [], words, context).map(
				notice,
			),
		);
	if (vendorWords.length > 1)
		notices.push(
			notice(
				ui(words['searchAnswer.sharedMessage'], {
					codes: context.list(vendorWords.map((entry) => String(entry.code))),
				}),
			),
		);
	const offerCode = (entry: CodeFacts) =>
		offer({
			href: context.code(entry.code),
			title: codeTitle(entry),
			detail: ui(entry.message || words['searchAnswer.resultCode']),
			kind: 'code',
		});
	vendorWords.forEach(offerCode);
	for (const result of lookup) {
		const parts = lookupParts(result, words, context, query);
		notices.push(...parts.notices);
		parts.options.forEach(offer);
	}
	vendorWordsWithin.forEach(offerCode);
	const disputed = [...vendorWords, ...lookup.flatMap((r) => (r.kind === 'code' ? [r.entry] : []))]
		.filter((entry) => entry.disputed)
		.map((entry) => entry.code);
	for (const code of new Set(disputed))
		notices.push(notice(ui(words['searchAnswer.disputed'], { code, href: context.code(code) })));
	if (request) {
		// Without a code to lead, the request's command leads, and the codes its page lists.
		const led = options.length > 0 || lookup.length > 0;
		requestOptions(request, led ? [] : (answer.requestCodes ?? []), words, context).forEach(offer);
	}
	for (const { code, description } of pasted) {
		const entry = lookup.find((result) => result.kind === 'code' && result.entry.code === code);
		if (entry?.kind === 'code' && description && !isVendorWording(description, entry.entry)) {
			notices.push(
				notice([
					...ui(words['searchAnswer.otherDescription'], { description, code }),
					...reportLink(words, context, code, query),
				]),
			);
		}
	}
	if (lookup.length === 0) {
		for (const status of httpStatuses)
			notices.push(
				notice(ui(words['searchAnswer.httpStatus'], { status, results: context.results })),
			);
	}
	if (correction) {
		notices.push({
			parts: [
				...ui(words['searchAnswer.corrected']),
				{ text: ' ' },
				{ text: correction.corrected, mark: true },
			],
			searchInstead: plainText(
				ui(words['searchAnswer.searchInstead'], { original: correction.original }),
			),
		});
	}
	if (readings.length > 0) {
		notices.push(
			notice([
				...ui(words['searchAnswer.alsoSearched']),
				...readings.flatMap(({ typed, vendor }, index) => [
					{ text: index > 0 ? '; ' : ' ' },
					...vendor.flatMap((phrase, other) => [
						...(other > 0 ? [{ text: ' / ' }] : []),
						{ text: phrase, mark: true },
					]),
					{ text: ' ' },
					...ui(words['searchAnswer.readAs'], { typed }),
				]),
				{ text: '.' },
			]),
		);
	}

	const offered = new Set(options.map((option) => pageOf(option.href)));
	for (const page of pages) {
		if (offered.has(pageOf(page.url))) continue;
		offered.add(pageOf(page.url));
		options.push({ href: page.url, title: page.title, detail: page.excerpt, kind: 'page' });
	}
	if (!pending && options.length === 0 && notices.length === 0)
		notices.push(notice(ui(words['searchAnswer.noPage'])));

	return {
		notices,
		options,
		tickets: ticketTargets(answer, notices),
		firstIsAnswer: options.length > 0 && lookup[0]?.kind !== 'undocumented',
		pending,
	};
}

/** A sentence that ends on a value ending in a full stop ("Enter opens -4 Invalid Timestamp.") gets no second one. */
const oneFullStop = (sentence: string) => sentence.replace(/([.!?])\.$/, '$1');

/**
 * What the field's hint says of Enter, where the answer has no option for Enter to open: that
 * Enter opens nothing, and what to do instead. Undefined where Enter opens the first option, or
 * nothing is shown yet.
 */
export function enterHint(
	answer: SearchAnswer | undefined,
	words: AnswerWords,
): string | undefined {
	if (
		!answer ||
		answer.firstIsAnswer ||
		(answer.options.length === 0 && answer.notices.length === 0)
	)
		return undefined;
	return words[answer.options.length > 0 ? 'searchAnswer.hintChoose' : 'searchAnswer.hintNothing'];
}

/**
 * One sentence for screen readers about what the answer holds. On a touch screen it does not say
 * which keys choose a result: the reader swipes to the list instead.
 */
export function describeAnswer(
	answer: SearchAnswer,
	words: AnswerWords,
	{ touch = false }: { touch?: boolean } = {},
): string {
	const [first] = answer.options;
	const notices = answer.notices.map((item) => plainText(item.parts)).join(' ');
	if (!first) return notices;
	const count =
		answer.options.length === 1
			? words['searchAnswer.oneResult']
			: plainText(ui(words['searchAnswer.results'], { count: answer.options.length }));
	const open = touch
		? ''
		: answer.firstIsAnswer
			? oneFullStop(plainText(ui(words['searchAnswer.enterOpens'], { title: first.title })))
			: words['searchAnswer.choose'];
	return [notices, count, open].filter(Boolean).join(' ');
}
