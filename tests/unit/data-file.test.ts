import { describe, expect, test } from 'vitest';
import { codeSchema } from '../../src/schemas/code';
import { commandSchema } from '../../src/schemas/command';
import { DataFileError, readEntries } from '../../src/reference/data-file';
import { rawCode } from './fixtures';

const FILE = 'data/codes.json';
const readCodes = (data: unknown) => readEntries(FILE, JSON.stringify(data), 'code', codeSchema);

function problemsOf(read: () => unknown): string[] {
	try {
		read();
	} catch (error) {
		expect(error).toBeInstanceOf(DataFileError);
		return [...(error as DataFileError).problems];
	}
	throw new Error('expected a DataFileError');
}

describe('invalid JSON', () => {
	test('names the file, line and column of a syntax error, counted from 1', () => {
		// The stray "}" after the comma is on line 2, column 14.
		const text = '[\n  {"code": 0,}\n]';
		expect(problemsOf(() => readEntries(FILE, text, 'code', codeSchema))).toEqual([
			expect.stringMatching(/^data\/codes\.json:2:14: invalid JSON: /),
		]);
	});

	test('reports an empty file', () => {
		expect(problemsOf(() => readEntries(FILE, '', 'code', codeSchema))[0]).toMatch(
			/^data\/codes\.json.*: invalid JSON/,
		);
	});
});

describe('readEntries', () => {
	test('keys valid entries by their key field, with the schema’s defaults filled in', () => {
		const entries = readCodes([rawCode(0), rawCode(-1)]);
		expect([...entries.keys()].sort()).toEqual(['-1', '0']);
		expect(entries.get('-1')?.name).toBe('Name of -1');
		expect(entries.get('-1')?.related).toEqual([]);
	});

	test('rejects a file that is not an array', () => {
		expect(problemsOf(() => readCodes({ code: 0 }))).toEqual([
			'data/codes.json: expected an array of entries, found an object',
		]);
	});

	test('rejects an entry that is not an object', () => {
		expect(problemsOf(() => readCodes([rawCode(0), 'oops']))).toEqual([
			'data/codes.json: entry #2: expected an object, found a string',
		]);
	});

	test('names a missing key field by the entry’s place in the file', () => {
		const { code: _, ...noCode } = rawCode(-3);
		expect(problemsOf(() => readCodes([rawCode(0), noCode]))).toContain(
			'data/codes.json: entry #2: field "code" is missing',
		);
	});

	test('rejects a duplicate code', () => {
		expect(problemsOf(() => readCodes([rawCode(-18), rawCode(-18, { name: 'Other' })]))).toEqual([
			'data/codes.json: entry -18: field "code": -18 is used by another entry too',
		]);
	});

	test('rejects a non-integer code', () => {
		const [problem] = problemsOf(() => readCodes([rawCode(-1.5)]));
		expect(problem).toMatch(/^data\/codes\.json: entry -1\.5: field "code": /);
	});

	test('rejects a positive code', () => {
		const [problem] = problemsOf(() => readCodes([rawCode(5)]));
		expect(problem).toMatch(/^data\/codes\.json: entry 5: field "code": must be 0 or negative/);
	});

	test('rejects a missing name', () => {
		const { name: _, ...noName } = rawCode(-18);
		const [problem] = problemsOf(() => readCodes([noName]));
		expect(problem).toMatch(/^data\/codes\.json: entry -18: field "name": /);
	});

	test('rejects an empty category', () => {
		const [problem] = problemsOf(() => readCodes([rawCode(-18, { category: '' })]));
		expect(problem).toMatch(/^data\/codes\.json: entry -18: field "category": /);
	});

	test('rejects an error code without causes or fixes', () => {
		const problems = problemsOf(() => readCodes([rawCode(-18, { causes: [], fixes: [] })]));
		expect(problems).toEqual([
			'data/codes.json: entry -18: field "causes": an error needs at least one',
			'data/codes.json: entry -18: field "fixes": an error needs at least one',
		]);
	});

	test('takes code 0 as success, without causes or fixes, and nothing to fix', () => {
		expect(readCodes([rawCode(0)]).get('0')?.triage).toMatchObject({ actsFirst: 'none' });
		expect(problemsOf(() => readCodes([rawCode(0, { causes: ['A cause.'] })]))).toEqual([
			'data/codes.json: entry 0: field "causes": code 0 is success: it has none',
		]);
		expect(
			problemsOf(() =>
				readCodes([rawCode(-18, { triage: { actsFirst: 'none', retry: 'no', note: 'N.' } })]),
			),
		).toEqual([
			'data/codes.json: entry -18: field "triage.actsFirst": "none" is for code 0 (success) only',
		]);
	});

	test('rejects an unknown triage value', () => {
		const [problem] = problemsOf(() =>
			readCodes([rawCode(-18, { triage: { actsFirst: 'caller', retry: 'maybe', note: 'N.' } })]),
		);
		expect(problem).toMatch(/^data\/codes\.json: entry -18: field "triage\.retry": /);
	});

	test('rejects empty prose inside a list, naming the item', () => {
		const [problem] = problemsOf(() => readCodes([rawCode(-18, { fixes: ['Do this.', '  '] })]));
		expect(problem).toBe('data/codes.json: entry -18: field "fixes[1]": must not be empty');
	});

	test('rejects a field the schema does not know, so that a typo loses nothing silently', () => {
		expect(problemsOf(() => readCodes([rawCode(-18, { sumary: 'Typo.' })]))).toEqual([
			'data/codes.json: entry -18: field "sumary": not a known field',
		]);
	});

	test('accepts an empty message, which the vendor’s table has for some codes', () => {
		expect(readCodes([rawCode(-31, { message: '' })]).get('-31')?.message).toBe('');
	});

	test('reports every problem of every entry at once', () => {
		const problems = problemsOf(() =>
			readCodes([rawCode(0, { name: '' }), rawCode(-1), rawCode(-2, { provenance: 'guessed' })]),
		);
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatch(/entry 0: field "name"/);
		expect(problems[1]).toMatch(/entry -2: field "provenance"/);
	});

	test('rejects a duplicate command name in commands.json', () => {
		const command = {
			name: 'getClips',
			category: 'Media',
			summary: 'S.',
			request: 'command=getClips',
			codes: { listed: [] },
			vendorUrls: ['https://example.com/'],
		};
		const text = JSON.stringify([command, command]);
		expect(
			problemsOf(() => readEntries('data/commands.json', text, 'name', commandSchema)),
		).toEqual([
			'data/commands.json: entry "getClips": field "name": "getClips" is used by another entry too',
		]);
	});

	test('names a field inside a list by its index', () => {
		const command = {
			name: 'getClips',
			category: 'Media',
			summary: 'S.',
			request: 'command=getClips',
			parameters: [
				{ name: 'serverid', type: '[UID]', description: '' },
				{ name: '', type: '[UID]', description: '' },
			],
			codes: { listed: [] },
			vendorUrls: ['https://example.com/'],
		};
		expect(
			problemsOf(() =>
				readEntries('data/commands.json', JSON.stringify([command]), 'name', commandSchema),
			),
		).toEqual([
			'data/commands.json: entry "getClips": field "parameters[1].name": must not be empty',
		]);
		expect(problemsOf(() => readCodes([rawCode(-1, { causes: [' '] })]))).toEqual([
			'data/codes.json: entry -1: field "causes[0]": must not be empty',
		]);
	});
});
