/**
 * The code map that exact lookup needs in the browser, /code-map.json: every documented code with
 * its vendor name and message, as [code, name, message] triples. It is fetched when someone shows
 * an intent to search, so that lookup answers each keystroke without a network request.
 */
import type { KnownCode } from './lookup';

/** The map as JSON. `<` is escaped, so that the text is also safe inside an HTML script element. */
export function serializeCodeMap(codes: readonly KnownCode[]): string {
	return JSON.stringify(codes.map(({ code, name, message }) => [code, name, message]))
		.replace(/</g, '\\u003c')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

/** Reads what serializeCodeMap wrote. */
export function parseCodeMap(json: string): KnownCode[] {
	return (JSON.parse(json) as [number, string, string][]).map(([code, name, message]) => ({
		code,
		name,
		message,
	}));
}
