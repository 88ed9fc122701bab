/**
 * Exact lookup of result codes in what a user types or pastes: a number ("-18", "18", "−18" with a
 * typographic minus), a phrase ("error -18", "code 18"), or a whole response or log excerpt
 * (`<result errorcode="-45">…`). Pure and small: it runs in the browser on every keystroke.
 */

/** Minus signs people paste: hyphen-minus, minus sign, en and em dash, hyphens, full-width. */
const MINUS = '\\-\u2212\u2013\u2014\u2010\u2011\uFE63\uFF0D';
/** A number as codes are written: no leading zeros, so "-0500" (a time zone) is not a code. */
const NUMBER = '(?:0|[1-9]\\d{0,8})(?![\\d])';
const SIGNED = `([+${MINUS}]?)\\s?(${NUMBER})`;

// Tried left to right at each position; the first alternative that matches wins.
const MENTION = new RegExp(
	[
		// errorcode="-45", errorcode=-45: the number exactly as the server sent it.
		`(?<attribute>errorcode\\s*=\\s*["']?\\s*${SIGNED})`,
		// "error -18", "code 18", "Error code: 18", "result #18".
		`(?<keyword>\\b(?:error[ _-]?code|result[ _-]?code|error|code|result|err|rc)\\s*[:=#]?\\s*${SIGNED})`,
		// A negative number standing alone: "-18", not "2026-11-25", "1-4" or "-1000..1000".
		`(?<standalone>(?<![\\w.${MINUS}])[${MINUS}](${NUMBER})(?![\\w.]*\\d))`,
	].join('|'),
	'giu'
);
const WHOLE_NUMBER = new RegExp(`^\\s*#?\\s*${SIGNED}\\s*$`, 'u');

/** Longer input is cut: a pasted log excerpt is enough, and a keystroke must stay cheap. */
const MAX_QUERY_LENGTH = 20_000;
/** More distinct codes than this in one paste are not listed. */
export const MAX_MENTIONS = 50;

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
	if (whole) return { mentions: [toMention(whole[1]!, whole[2]!, false)], codeOnly: true };

	const mentions = new Map<number, CodeMention>();
	let rest = '';
	let last = 0;
	for (const match of text.matchAll(MENTION)) {
		const groups = match.slice(1);
		let mention: CodeMention;
		if (match.groups!.attribute) mention = toMention(groups[1]!, groups[2]!, true);
		else if (match.groups!.keyword) mention = toMention(groups[4]!, groups[5]!, false);
		else mention = toMention('-', groups[7]!, false);
		rest += text.slice(last, match.index);
		last = match.index + match[0].length;
		if (!mentions.has(mention.value) && mentions.size < MAX_MENTIONS) mentions.set(mention.value, mention);
	}
	rest += text.slice(last);
	return {
		mentions: [...mentions.values()],
		codeOnly: mentions.size > 0 && !/\p{L}/u.test(rest),
	};
}

export interface KnownCode {
	code: number;
	name: string;
}

export type LookupResult =
	| { kind: 'code'; code: number; name: string; signAssumed: boolean }
	| { kind: 'undocumented'; code: number; nearest: KnownCode[] }
	| { kind: 'positive'; value: number };

/** The documented codes next to `value`: one on each side, or the two closest on the only side. */
export function nearestCodes(value: number, known: readonly KnownCode[]): KnownCode[] {
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
export function resolveLookup(mentions: readonly CodeMention[], known: readonly KnownCode[]): LookupResult[] {
	const byCode = new Map(known.map((entry) => [entry.code, entry]));
	const results: LookupResult[] = [];
	for (const { value, signAssumed } of mentions) {
		if (value > 0) {
			results.push({ kind: 'positive', value });
			continue;
		}
		const entry = byCode.get(value);
		if (entry) results.push({ kind: 'code', code: value, name: entry.name, signAssumed });
		else results.push({ kind: 'undocumented', code: value, nearest: nearestCodes(value, known) });
		if (signAssumed && !entry) results.push({ kind: 'positive', value: -value });
	}
	return results;
}
