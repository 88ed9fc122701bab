/** Small valid entries for unit tests, with only what a test cares about spelled out. */
import { codeSchema, type ResultCode } from '../../src/schemas/code';
import { commandSchema, type Command } from '../../src/schemas/command';

/** What every code needs besides its number, right for success (0) and for errors alike. */
function outcome(code: number) {
	return code === 0
		? { triage: { actsFirst: 'none', retry: 'no', note: 'Success.' }, causes: [], fixes: [] }
		: {
				triage: { actsFirst: 'caller', retry: 'no', note: 'A note.' },
				causes: ['A cause.'],
				fixes: ['A fix.'],
			};
}

export function codeEntry(fields: Partial<ResultCode> & { code: number }): ResultCode {
	return codeSchema.parse({
		name: `Name of ${fields.code}`,
		message: `Message of ${fields.code}.`,
		category: 'general',
		summary: 'A summary.',
		explanation: ['An explanation.'],
		...outcome(fields.code),
		provenance: 'confirmed',
		sources: [{ url: 'https://example.com/result-codes', title: 'Result Codes', says: 'Row 0.' }],
		searchTerms: ['a term'],
		...fields,
	});
}

export function commandEntry(
	fields: Partial<Omit<Command, 'codes'>> & { name: string; codes?: Partial<Command['codes']> },
): Command {
	return commandSchema.parse({
		category: 'Media',
		summary: 'Does something.',
		request: `command=${fields.name}`,
		vendorUrls: ['https://example.com/command'],
		...fields,
		codes: { listed: [], ...fields.codes },
	});
}

/** The raw JSON of a valid code entry, as it would stand in data/codes.json. */
export function rawCode(
	code: number,
	fields: Record<string, unknown> = {},
): Record<string, unknown> {
	return {
		code,
		name: `Name of ${code}`,
		message: '',
		category: 'general',
		summary: 'A summary.',
		explanation: ['An explanation.'],
		...outcome(code),
		provenance: 'row-order',
		sources: [{ url: 'https://example.com/result-codes', title: 'Result Codes', says: 'Row 1.' }],
		searchTerms: ['a term'],
		...fields,
	};
}
