/** /sdk/result-codes.ts: the codes as a const object, a union type, and describeResultCode(). */
import { RETRY_HELPS_IDS, TRIAGE_ACTOR_IDS } from '../../schemas/triage';
import { commentText, stringLiteral as s, type ConstantsSource } from './source';

/** The ids of a vocabulary as a union type: 'yes' | 'no' | 'unknown'. */
const union = (ids: readonly string[]) => ids.map((id) => `'${id}'`).join(' | ');

export function typescriptConstants({
	codes,
	codesUrl,
	positiveValuesUrl,
	generatedFrom,
}: ConstantsSource): string {
	const entries = codes.map(
		(entry) =>
			`\t/** ${commentText(`${entry.code} ${entry.name}${entry.message ? `: ${entry.message}` : ''}`)} */\n` +
			`\t${entry.identifier}: { code: ${entry.code}, name: ${s(entry.name)}, message: ${s(entry.message)}, url: ${s(entry.url)}, actsFirst: ${s(entry.actsFirst)}, retry: ${s(entry.retry)} },`,
	);
	return `/**
 * VDG Sense result codes: the documented codes of the VDG Sense HTTP/XML API (TKH Security).
 * ${commentText(generatedFrom)}
 * Do not edit: download it again instead.
 */

/** Every documented code by name: its number, the vendor's name and message, its page, and our triage reading. */
export const ResultCodes = {
${entries.join('\n')}
} as const;

/** A documented result code: ${codes.map((entry) => entry.code).join(' | ')}. */
export type ResultCode = (typeof ResultCodes)[keyof typeof ResultCodes]['code'];

/** What a number in \`<result errorcode="…">\` is. */
export interface ResultCodeDescription {
	code: number;
	/** documented: a code this site documents (in the vendor's table, or shown by a command page); undocumented: any other negative number; command-specific: a positive value (success). */
	status: 'documented' | 'undocumented' | 'command-specific';
	/** The vendor's name and message; empty where the code is not documented. */
	name: string;
	message: string;
	/** The code's page (for an undocumented code, what is known of it and what to do next), or what positive values mean. */
	url: string;
	/** Our reading of who acts first, and whether sending the same request again can help; null where not documented. */
	actsFirst: ${union(TRIAGE_ACTOR_IDS)} | null;
	retry: ${union(RETRY_HELPS_IDS)} | null;
}

const documented = new Map<number, (typeof ResultCodes)[keyof typeof ResultCodes]>(
	Object.values(ResultCodes).map((entry) => [entry.code, entry])
);

/** Describes a result code: the documented entry, or what is known of any other number. */
export function describeResultCode(code: number): ResultCodeDescription {
	const entry = documented.get(code);
	if (entry) return { status: 'documented', ...entry };
	const url = code > 0 ? ${s(positiveValuesUrl)} : ${s(codesUrl)} + code + '/';
	return { code, status: code > 0 ? 'command-specific' : 'undocumented', name: '', message: '', url, actsFirst: null, retry: null };
}

/**
 * A result as a line for a log, the same in every language of these constants: the code, the
 * vendor's name and message, and where the code is explained.
 * "VDG Sense -18 General error: An undefined error occured | Help: https://.../codes/-18/"
 */
export function formatResultCode(code: number): string {
	const { name, message, url, status } = describeResultCode(code);
	const what = status === 'documented' ? \` \${name}\${message ? \`: \${message}\` : ''}\` : \` (\${status})\`;
	return \`VDG Sense \${code}\${what} | Help: \${url}\`;
}
`;
}
