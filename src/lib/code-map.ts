/**
 * The code → name map that exact lookup needs in the browser, embedded in each page so that a
 * lookup makes no network request. Kept tiny: [code, name] pairs; URLs follow from the code.
 */
import type { KnownCode } from './lookup';

/** The id of the script element that holds the map. */
export const CODE_MAP_ID = 'vdg-code-map';

/** JSON for a `<script type="application/json">`: nothing in it can close the script element. */
export function serializeCodeMap(codes: readonly KnownCode[]): string {
	return JSON.stringify(codes.map(({ code, name }) => [code, name]))
		.replace(/</g, '\\u003c')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

/** Reads what serializeCodeMap wrote. */
export function parseCodeMap(json: string): KnownCode[] {
	return (JSON.parse(json) as [number, string][]).map(([code, name]) => ({ code, name }));
}
