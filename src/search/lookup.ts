/**
 * Exact lookup of result codes in what a user types or pastes: a number ("-18", "18", "−18" with a
 * typographic minus), a phrase ("error -18", "code 18"), or a whole response or log excerpt
 * (`<result errorcode="-45">…`). Pure and small: it runs in the browser on every keystroke.
 */

import { signedNumber, standaloneNegative } from '../utils/code-text';

// Tried left to right at each position; the first alternative that matches wins.
const MENTION = new RegExp(
	[
		// errorcode="-45", errorcode=-45: the number exactly as the server sent it.
		`errorcode\\s*=\\s*["']?\\s*${signedNumber('attribute')}`,
		// "error -18", "code 18", "Error code: 18", "result #18".
		`\\b(?:error[ _-]?code|result[ _-]?code|error|code|result|err|rc)\\s*[:=#]?\\s*${signedNumber('keyword')}`,
		// A negative number standing alone: "-18", not "2026-11-25", "1-4" or "-1000..1000".
		standaloneNegative('standaloneDigits'),
	].join('|'),
	'giu',
);
const WHOLE_NUMBER = new RegExp(`^\\s*#?\\s*${signedNumber('whole')}\\s*$`, 'u');

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
	 * What full-text search should look for: the query without markup, or '' where the codes say
	 * it all: a query that is only a code, or a pasted response or log line, whose `errorcode` is
	 * exact and whose other text would only match pages at random.
	 */
	fullText: string;
}

function toMention(sign: string, digits: string, exact: boolean): CodeMention {
	const magnitude = Number(digits);
	if (sign !== '' && sign !== '+') return { value: 0 - magnitude, signAssumed: false };
	// A sign written out, or a number in the server's own attribute, is taken as it stands.
	if (sign === '+' || exact || magnitude === 0) return { value: magnitude, signAssumed: false };
	return { value: -magnitude, signAssumed: true };
}

/** Finds the result codes a query refers to. */
export function parseCodeQuery(query: string): ParsedQuery {
	const text = query.slice(0, MAX_QUERY_LENGTH);
	const whole = WHOLE_NUMBER.exec(text);
	if (whole) {
		const { wholeSign, wholeDigits } = whole.groups!;
		return { mentions: [toMention(wholeSign!, wholeDigits!, false)], codeOnly: true, fullText: '' };
	}

	const mentions = new Map<number, CodeMention>();
	let rest = '';
	let last = 0;
	let pastedResponse = false;
	for (const match of text.matchAll(MENTION)) {
		const { attributeSign, attributeDigits, keywordSign, keywordDigits, standaloneDigits } =
			match.groups!;
		let mention: CodeMention;
		if (attributeDigits !== undefined) {
			mention = toMention(attributeSign!, attributeDigits, true);
			pastedResponse = true;
		} else if (keywordDigits !== undefined) mention = toMention(keywordSign!, keywordDigits, false);
		else mention = toMention('-', standaloneDigits!, false);
		rest += text.slice(last, match.index);
		last = match.index + match[0].length;
		if (!mentions.has(mention.value) && mentions.size < MAX_MENTIONS)
			mentions.set(mention.value, mention);
	}
	rest += text.slice(last);
	const codeOnly = mentions.size > 0 && !/\p{L}/u.test(rest);
	return {
		mentions: [...mentions.values()],
		codeOnly,
		fullText:
			codeOnly || pastedResponse
				? ''
				: text
						.replace(/<[^>]*>/g, ' ')
						.replace(/\s+/g, ' ')
						.trim(),
	};
}

/** A documented code as the browser knows it, from the code map. */
export interface KnownCode {
	code: number;
	/** The vendor's name and message, verbatim; the message is '' where the vendor gives none. */
	name: string;
	message: string;
}

export type LookupResult =
	| { kind: 'code'; entry: KnownCode; signAssumed: boolean }
	| { kind: 'undocumented'; code: number; nearest: KnownCode[] }
	| { kind: 'positive'; value: number };

/** The documented codes next to `value`: one on each side, or the two closest on the only side. */
function nearestCodes(value: number, known: readonly KnownCode[]): KnownCode[] {
	const below = known.filter((entry) => entry.code < value).sort((a, b) => b.code - a.code);
	const above = known.filter((entry) => entry.code > value).sort((a, b) => a.code - b.code);
	const picked = above[0] && below[0] ? [above[0], below[0]] : [...above, ...below].slice(0, 2);
	return picked.sort((a, b) => b.code - a.code);
}

/**
 * What to show for each code a query mentions: the code's page, an explicit "not documented" with
 * the nearest codes, or, for a positive value, that it is a command-specific result. A number typed
 * without a sign is looked up as the error code it most likely is ("18" → -18), and where that is
 * not documented either, the positive reading is offered too.
 */
export function resolveLookup(
	mentions: readonly CodeMention[],
	known: readonly KnownCode[],
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
		else results.push({ kind: 'undocumented', code: value, nearest: nearestCodes(value, known) });
		if (signAssumed && !entry) results.push({ kind: 'positive', value: -value });
	}
	return results;
}
