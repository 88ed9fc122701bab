/**
 * What exact lookup needs in the browser, /code-map.json: every documented code with its vendor name
 * and message (as [code, name, message] triples), and the UI strings an answer is written in. It is
 * fetched when someone shows an intent to search, so that lookup answers each keystroke without a
 * network request, and no page carries the strings in its HTML.
 */
import type { AnswerWords } from './answer';
import type { KnownCode } from './lookup';

export interface CodeMap {
	codes: KnownCode[];
	words: AnswerWords;
}

/** The map as JSON. `<` is escaped, so that the text is also safe inside an HTML script element. */
export function serializeCodeMap({ codes, words }: CodeMap): string {
	return JSON.stringify({
		codes: codes.map(({ code, name, message }) => [code, name, message]),
		words,
	})
		.replace(/</g, '\\u003c')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

/** Reads what serializeCodeMap wrote. */
export function parseCodeMap(json: string): CodeMap {
	const { codes, words } = JSON.parse(json) as {
		codes: [number, string, string][];
		words: AnswerWords;
	};
	return { codes: codes.map(([code, name, message]) => ({ code, name, message })), words };
}
