/**
 * Exact lookup of result codes in what a user types or pastes: a number ("-18", "18", "−18" with a
 * typographic minus), a phrase ("error -18", "code 18", "getClips returned 3"), a whole response or
 * log excerpt (`<result errorcode="-45">…`), or the vendor's own words for a code ("No device").
 * Pure and small: it runs in the browser on every keystroke.
 */
import { signedNumber, standaloneNegative } from '../../utils/code-text';
import type { CodeFacts } from '../../schemas/search-data';
import { requestSpans } from './request';

// Tried left to right at each position; the first alternative that matches wins.
const MENTION = new RegExp(
	[
		// errorcode="-45", errorcode=-45: the number exactly as the server sent it.
		`errorcode\\s*=\\s*["']?\\s*${signedNumber('attribute')}`,
		// "getClips returned 3", "answered -17": a value as the command gave it, positive or not.
		`\\b(?:returned|returns|answered|answers)\\s*[:=]?\\s*${signedNumber('returned')}`,
		// "error -18", "code 18", "Error code: 18", "result #18".
		`\\b(?:error[ _-]?code|result[ _-]?code|error|code|result|err|rc)\\s*[:=#]?\\s*${signedNumber('keyword')}`,
		// A negative number standing alone: "-18", not "2026-11-25", "1-4" or "-1000..1000".
		standaloneNegative('standaloneDigits'),
	].join('|'),
	'giu',
);
const WHOLE_NUMBER = new RegExp(`^\\s*#?\\s*${signedNumber('whole')}\\s*$`, 'u');
/** An HTTP status is not a result code: "HTTP/1.1 401", "http 500", "status 404", "status code: 403". */
const HTTP_STATUS = /\b(?:https?(?:\/\d(?:\.\d)?)?|status(?:[ _-]?code)?)\s*:?\s*\d{3}\b/giu;

/** Longer input is cut: a pasted log excerpt is enough, and a keystroke must stay cheap. */
const MAX_QUERY_LENGTH = 20_000;
/** More distinct codes than this in one paste are not listed. */
const MAX_MENTIONS = 50;

export interface CodeMention {
	/** The number the text refers to, e.g. -18. */
	value: number;
	/** True where the text gave no sign and an error code (negative) was assumed: "18" → -18. */
	signAssumed: boolean;
}

export interface ParsedQuery {
	/** Distinct codes in order of appearance. */
	mentions: CodeMention[];
	/** True where the query is nothing but a code ("-18", "error 18", `errorcode="-45"`). */
	codeOnly: boolean;
	/**
	 * What full-text search should look for: the query without markup or request lines, or '' where
	 * the codes say it all: a query that is only a code, or a pasted response or log line, whose
	 * `errorcode` is exact and whose other text would only match pages at random.
	 */
	fullText: string;
	/** HTTP statuses the query holds ("HTTP/1.1 401"), which are not result codes. */
	httpStatuses: string[];
}

function toMention(sign: string, digits: string, exact: boolean): CodeMention {
	const magnitude = Number(digits);
	if (sign !== '' && sign !== '+') return { value: 0 - magnitude, signAssumed: false };
	// A sign written out, or a number as the server or a command gave it, is taken as it stands.
	if (sign === '+' || exact || magnitude === 0) return { value: magnitude, signAssumed: false };
	return { value: -magnitude, signAssumed: true };
}

/**
 * The text with what only looks like a code blanked out, keeping every other character where it
 * was: HTTP statuses, and request lines, whose numbers are parameters' values (`divaid=-1`,
 * `limit=-100`), not codes.
 */
function withoutNonCodes(text: string): string {
	let blanked = text.replace(HTTP_STATUS, (status) => ' '.repeat(status.length));
	for (const { start, end } of requestSpans(text))
		blanked = blanked.slice(0, start) + ' '.repeat(end - start) + blanked.slice(end);
	return blanked;
}

/** Finds the result codes a query refers to. */
export function parseCodeQuery(query: string): ParsedQuery {
	const text = query.slice(0, MAX_QUERY_LENGTH);
	const whole = WHOLE_NUMBER.exec(text);
	if (whole) {
		const { wholeSign, wholeDigits } = whole.groups!;
		return {
			mentions: [toMention(wholeSign!, wholeDigits!, false)],
			codeOnly: true,
			fullText: '',
			httpStatuses: [],
		};
	}

	const mentions = new Map<number, CodeMention>();
	let rest = '';
	let last = 0;
	let pastedResponse = false;
	const blanked = withoutNonCodes(text);
	for (const match of blanked.matchAll(MENTION)) {
		const {
			attributeSign,
			attributeDigits,
			returnedSign,
			returnedDigits,
			keywordSign,
			keywordDigits,
			standaloneDigits,
		} = match.groups!;
		let mention: CodeMention;
		if (attributeDigits !== undefined) {
			mention = toMention(attributeSign!, attributeDigits, true);
			pastedResponse = true;
		} else if (returnedDigits !== undefined)
			mention = toMention(returnedSign!, returnedDigits, true);
		else if (keywordDigits !== undefined) mention = toMention(keywordSign!, keywordDigits, false);
		else mention = toMention('-', standaloneDigits!, false);
		rest += blanked.slice(last, match.index);
		last = match.index + match[0].length;
		if (!mentions.has(mention.value) && mentions.size < MAX_MENTIONS)
			mentions.set(mention.value, mention);
	}
	rest += blanked.slice(last);
	const codeOnly = mentions.size > 0 && !/\p{L}/u.test(rest);
	return {
		mentions: [...mentions.values()],
		codeOnly,
		fullText:
			codeOnly || pastedResponse
				? ''
				: blanked
						.replace(/<[^>]*>/g, ' ')
						.replace(/\s+/g, ' ')
						.trim(),
		httpStatuses: [...new Set(text.match(HTTP_STATUS) ?? [])],
	};
}

export type LookupResult =
	| { kind: 'code'; entry: CodeFacts; signAssumed: boolean }
	| { kind: 'undocumented'; code: number; nearest: CodeFacts[] }
	| { kind: 'positive'; value: number };

/**
 * The documented codes on either side of `value`, where it falls between two of them (-56,
 * between -54 and -57): a number in a gap of the vendor's numbering. Beyond the documented codes
 * (-99) no code is near in any sense that helps, and none is offered.
 */
function codesAround(value: number, known: readonly CodeFacts[]): CodeFacts[] {
	const above = known.filter((entry) => entry.code > value).sort((a, b) => a.code - b.code)[0];
	const below = known.filter((entry) => entry.code < value).sort((a, b) => b.code - a.code)[0];
	return above && below ? [above, below] : [];
}

/**
 * What to show for each code a query mentions: the code's page, an explicit "not documented" (with
 * the codes around it, where it falls in a gap), or, for a positive value, that it is a
 * command-specific result. A number typed without a sign is looked up as the error code it most
 * likely is ("18" → -18), and where that is not documented either, the positive reading is offered
 * too.
 */
export function resolveLookup(
	mentions: readonly CodeMention[],
	known: readonly CodeFacts[],
): LookupResult[] {
	const byCode = new Map(known.map((entry) => [entry.code, entry]));
	const results: LookupResult[] = [];
	for (const { value, signAssumed } of mentions) {
		if (value > 0) {
			results.push({ kind: 'positive', value });
			continue;
		}
		const entry = byCode.get(value);
		if (entry) results.push({ kind: 'code', entry, signAssumed });
		else results.push({ kind: 'undocumented', code: value, nearest: codesAround(value, known) });
		if (signAssumed && !entry) results.push({ kind: 'positive', value: -value });
	}
	return results;
}

/** Text as vendor strings are compared: in lower case, without punctuation, quotes or extra spaces. */
export function comparable(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\p{P}\p{S}]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** True where `text` is one of the vendor's strings for `entry`: its name, its message or another wording. */
export function isVendorWording(text: string, entry: CodeFacts): boolean {
	const wanted = comparable(text);
	return (
		wanted !== '' &&
		[entry.name, entry.message, ...entry.wordings].some((wording) => comparable(wording) === wanted)
	);
}

/**
 * The codes whose vendor name, message or other wording the whole query is, in any case and with
 * any punctuation or quotes: "No device" is -2, even though -34's name holds the same words.
 * Where two codes share the words (-22 and -23 share a message), both.
 */
export function vendorWordsMatch(query: string, known: readonly CodeFacts[]): CodeFacts[] {
	if (query.length > 300) return [];
	return known.filter((entry) => isVendorWording(query, entry));
}

/**
 * The codes whose vendor name or message stands whole inside a longer query, as a ticket quotes it
 * ("customer gets General error when exporting" holds -18's name), in the order they appear, but
 * for those the whole query is. A one-word name ("Ok") is too common a word to count.
 */
export function vendorWordsWithin(query: string, known: readonly CodeFacts[]): CodeFacts[] {
	const text = ` ${comparable(query.slice(0, MAX_QUERY_LENGTH))} `;
	const found = known.flatMap((entry) => {
		if (isVendorWording(query, entry)) return [];
		const at = Math.min(
			...[entry.name, entry.message, ...entry.wordings]
				.map(comparable)
				.filter((wording) => wording.includes(' '))
				.map((wording) => text.indexOf(` ${wording} `))
				.filter((index) => index >= 0),
		);
		return Number.isFinite(at) ? [{ entry, at }] : [];
	});
	return found.sort((a, b) => a.at - b.at).map(({ entry }) => entry);
}

/** A `<result>` in pasted text: its code, and its description where it has one. */
export interface PastedResult {
	code: number;
	/** The element as pasted. */
	xml: string;
	description?: string;
}

const RESULT =
	/<result\b[^>]*?\berrorcode\s*=\s*["']?\s*([+\-\u2212]?\d{1,9})["']?[^>]*?(?:\/>|>([\s\S]*?)<\/result\s*>)/giu;
const DESCRIPTION = /<description\s*>([\s\S]*?)<\/description\s*>/iu;
/** A Map, so that a pasted `&constructor;` stays as it is. */
const ENTITIES = new Map(Object.entries({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }));

/** The `<result>` elements of pasted text, in order, the first of each code. */
export function pastedResults(query: string): PastedResult[] {
	const results = new Map<number, PastedResult>();
	for (const match of query.slice(0, MAX_QUERY_LENGTH).matchAll(RESULT)) {
		const code = Number(match[1]!.replace('\u2212', '-'));
		const description = match[2] === undefined ? undefined : DESCRIPTION.exec(match[2])?.[1];
		if (!results.has(code)) {
			results.set(code, {
				code,
				xml: match[0],
				...(description === undefined
					? {}
					: {
							description: description
								.replace(/&(\w+);/g, (entity, name: string) => ENTITIES.get(name) ?? entity)
								.trim(),
						}),
			});
		}
	}
	return [...results.values()];
}
