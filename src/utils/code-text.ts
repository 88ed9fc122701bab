/**
 * What a result code looks like in text, for every place that finds codes in text: search
 * (src/search/core/lookup.ts), links in our prose (prose.ts) and missing pages (missing-code.ts).
 * Patterns are strings, to be combined into regular expressions with the `u` flag.
 */

/** Minus signs people paste: hyphen-minus, minus sign, en and em dash, hyphens, full-width. */
const MINUS_SIGNS = '\\-\u2212\u2013\u2014\u2010\u2011\uFE63\uFF0D';

/** A code's digits: no leading zeros, so "-0500" (a time zone) is not a code. */
const CODE_DIGITS = '(?:0|[1-9]\\d{0,8})(?!\\d)';

/**
 * A negative number standing alone, its digits captured under `name`: "-18", not "2026-11-25",
 * "1-4", "x-1" or "-1000..1000".
 */
export function standaloneNegative(name: string): string {
	return `(?<![\\w.${MINUS_SIGNS}])[${MINUS_SIGNS}](?<${name}>${CODE_DIGITS})(?![\\w.]*\\d)`;
}

/** A signed number, its parts captured under `<name>Sign` and `<name>Digits`. */
export function signedNumber(name: string): string {
	return `(?<${name}Sign>[+${MINUS_SIGNS}]?)\\s?(?<${name}Digits>${CODE_DIGITS})`;
}

/** True where the text is nothing but a number, signed or not: "-56", "56", "−56". */
export function isNumber(text: string): boolean {
	return new RegExp(`^${signedNumber('only')}$`, 'u').test(text);
}
