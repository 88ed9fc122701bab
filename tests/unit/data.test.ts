/** The real data files: valid, consistent, and complete against the vendor's Result Codes table. */
import { describe, expect, test } from 'vitest';
import { readDataFile } from '../../src/reference/loader';
import { codeSchema } from '../../src/schemas/code';
import { commandSchema } from '../../src/schemas/command';
import { findIntegrityProblems } from '../../src/reference/integrity';
import { findVocabularyProblems } from '../../src/reference/vocabulary';
import { phraseForms } from '../../src/search/core/vocabulary';
import { vocabulary } from '../support/reference';
import { settings } from '../../src/settings';

// Read as the build reads them: through the collections' loader function.
const { dataFiles } = settings;
const codes = [
	...(await readDataFile(dataFiles.codes, dataFiles.codes, 'code', codeSchema)).values(),
];
const commands = [
	...(await readDataFile(dataFiles.commands, dataFiles.commands, 'name', commandSchema)).values(),
];

describe('data files', () => {
	test('are consistent with each other', () => {
		expect(
			findIntegrityProblems(codes, commands, {
				codesFile: 'data/codes.json',
				commandsFile: 'data/commands.json',
			}),
		).toEqual([]);
	});

	test('tie each group of the support vocabulary to the vendor’s words, each phrase in one group', () => {
		expect(findVocabularyProblems(vocabulary, codes, commands, 'data/vocabulary.json')).toEqual([]);
	});

	test('give no two phrases of the support vocabulary the same reading (Dutch "ongeldig" and "ongeldige" are one)', () => {
		const readings = vocabulary.flatMap((group) =>
			(['en', 'nl'] as const).flatMap((language) =>
				group[language].map((phrase) => phraseForms(phrase, language).join(' ')),
			),
		);
		expect(readings.filter((reading, index) => readings.indexOf(reading) !== index)).toEqual([]);
	});

	test('hold the 55 codes of the vendor’s table, 0 to -54, and -57 and -58 from the osm page', () => {
		const expected = [...Array.from({ length: 55 }, (_, row) => 0 - row), -57, -58];
		expect(codes.map((entry) => entry.code).sort((a, b) => b - a)).toEqual(expected);
	});

	test('hold the 39 commands of the reference, or more', () => {
		expect(commands.length).toBeGreaterThanOrEqual(39);
	});

	test('leave the message empty only where the vendor gives none', () => {
		const empty = codes.filter((entry) => entry.message === '').map((entry) => entry.code);
		expect(empty.sort((a, b) => b - a)).toEqual([
			-31, -32, -39, -42, -43, -44, -46, -47, -51, -57, -58,
		]);
	});

	test('keep the vendor’s strings verbatim, typos included', () => {
		const byCode = new Map(codes.map((entry) => [entry.code, entry]));
		expect(byCode.get(-18)?.message).toBe('An undefined error occured');
		expect(byCode.get(-4)?.name).toBe('Invalid Timestamp.');
		expect(byCode.get(-23)?.message).toBe('The supplied value is out of range.');
	});

	test('explain each code without restating where its number comes from (the provenance section says that)', () => {
		const restating = codes.flatMap((entry) =>
			entry.explanation
				.filter((paragraph) => /\brow\b|table order|row order/i.test(paragraph))
				.map(() => entry.code),
		);
		expect(restating).toEqual([]);
	});

	test('give every code a triage reading; success alone has nothing to fix', () => {
		for (const entry of codes) {
			expect(entry.triage.note, String(entry.code)).not.toBe('');
			expect(entry.triage.actsFirst === 'none', String(entry.code)).toBe(entry.code === 0);
		}
	});

	test('write example requests URL-encoded, as they are sent (placeholders in brackets aside)', () => {
		const unencoded = codes.flatMap((entry) =>
			[entry.example?.request, entry.example?.fixed]
				.filter((request): request is string => request !== undefined)
				.filter(
					(request) =>
						!/^[A-Za-z0-9\-._~%&=:/?+,;@!$'()*]*$/.test(request.replace(/\[[^\]]*\]/g, '')),
				)
				.map((request) => `${entry.code}: ${request}`),
		);
		expect(unencoded).toEqual([]);
	});

	test('mark the commands our prose names as `code`, so that they link to their pages', () => {
		// The fields the pages render as prose (src/views/prose.ts), each with the entry it belongs to.
		const prose: [entry: string, text: string | undefined][] = [
			...codes.flatMap((entry) =>
				[
					entry.summary,
					...entry.explanation,
					...entry.causes,
					...entry.fixes,
					entry.triage.note,
					entry.example?.note,
					...entry.notes,
					...entry.wordings.map((wording) => wording.where),
					...entry.sources.map((source) => source.says),
				].map((text): [string, string | undefined] => [String(entry.code), text]),
			),
			...commands.flatMap((command) =>
				[
					command.summary,
					command.codes.note,
					...command.parameters.map((parameter) => parameter.description),
					...command.changelog,
					...command.notes,
				].map((text): [string, string | undefined] => [command.name, text]),
			),
		];
		const bareName = new RegExp(
			`(?<![\\w.])(?:${commands.map((command) => command.name).join('|')})(?!\\w)`,
		);
		const bare = prose.filter(
			([, text]) => text !== undefined && bareName.test(text.replace(/`[^`]*`/g, '')),
		);
		expect(bare.map(([entry, text]) => `${entry}: ${text}`)).toEqual([]);
	});

	test('mark the disputed numbers -26 and -30 as such', () => {
		const disputed = codes
			.filter((entry) => entry.provenance === 'conflicting')
			.map((entry) => entry.code);
		expect(disputed.sort((a, b) => b - a)).toEqual([-26, -30]);
	});
});
