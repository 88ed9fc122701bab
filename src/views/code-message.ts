import type { ResultCode } from '../schemas/code';
import type { Words } from './words';

/** What a list of codes shows under a code's name: the vendor's message, or why there is none. */
export function codeMessage(entry: ResultCode, words: Words): { text: string; none: boolean } {
	if (entry.message) return { text: entry.message, none: false };
	return {
		text: words(
			entry.provenance === 'not-in-table' ? 'codeTable.notInTable' : 'codeTable.noMessage',
		),
		none: true,
	};
}
