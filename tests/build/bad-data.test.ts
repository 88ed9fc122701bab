/**
 * Bad data fails the real `astro build`, with a message that names the file, the entry and the
 * field. Each build copies data/ to a temporary folder, breaks it, and builds from it
 * (VDG_DATA_DIR). That text from the data is escaped is checked in reproducible.test.ts.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, type BuildResult } from '../support/astro-build';
import {
	codeEntry,
	codesFile,
	commandsFile,
	copyData,
	editJson,
	rulesFile,
	vocabularyEntry,
	vocabularyFile,
} from '../support/data-copy';

const folders: string[] = [];
const BUILD_TIMEOUT = 180_000;

/** Copies data/ to a temporary folder, lets `edit` change it, and builds the site from it. */
async function buildWith(edit: (dataDir: string) => void): Promise<BuildResult> {
	const dataDir = copyData();
	folders.push(dataDir);
	edit(dataDir);
	return astroBuild({ outDir: join(dataDir, 'dist'), dataDir });
}

afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A broken data file: how it is broken, and the line of the build's output that must name it. */
type Case = [name: string, edit: (dir: string) => void, message: RegExp];

/**
 * The cases, in builds that each break the data in several ways at once: every problem is
 * reported at once, so each must show up. A file that is not JSON stops its own checks; the
 * problems of the entries of both files are found together, and those across entries and files
 * together after.
 */
const builds: Case[][] = [
	[
		[
			'invalid JSON, with line and column',
			(dir) => writeFileSync(codesFile(dir), '[\n  {\n    "code": 0\n    "name": "Ok"\n  }\n]\n'),
			/codes\.json:4:5: invalid JSON: /,
		],
		[
			'a duplicate command name, in the other file at the same time',
			(dir) =>
				editJson(commandsFile(dir), (data) =>
					data.push({ ...data.find((command) => command.name === 'getClips') }),
				),
			/commands\.json: entry "getClips": field "name": "getClips" is used by another entry too/,
		],
	],
	[
		[
			'a duplicate code',
			(dir) =>
				editJson(codesFile(dir), (data) => data.push({ ...codeEntry(data, -18), name: 'Another' })),
			/codes\.json: entry -18: field "code": -18 is used by another entry too/,
		],
		[
			'a code that is not an integer',
			(dir) => editJson(codesFile(dir), (data) => (codeEntry(data, -19).code = -19.5)),
			/codes\.json: entry -19\.5: field "code": /,
		],
		[
			'a missing name',
			(dir) => editJson(codesFile(dir), (data) => delete codeEntry(data, -20).name),
			/codes\.json: entry -20: field "name": /,
		],
		[
			'an empty category',
			(dir) => editJson(codesFile(dir), (data) => (codeEntry(data, -21).category = '')),
			/codes\.json: entry -21: field "category": /,
		],
		[
			'a general rule of an unknown scope, in the third file at the same time',
			(dir) => editJson(rulesFile(dir), (data) => (data[0]!.scope = 'some-commands')),
			/general-rules\.json: entry "success": field "scope": /,
		],
		[
			'a phrase of the support vocabulary in capitals, in the fourth file at the same time',
			(dir) =>
				editJson(vocabularyFile(dir), (data) => (vocabularyEntry(data, 'database').en[0] = 'SQL')),
			/vocabulary\.json: entry "database": field "en\[0\]": must be words in lower case/,
		],
		[
			'a vocabulary group without an id',
			(dir) => editJson(vocabularyFile(dir), (data) => delete vocabularyEntry(data, 'rights').id),
			/vocabulary\.json: entry #\d+: field "id" is missing/,
		],
	],
	[
		[
			'a related code that does not exist',
			(dir) => editJson(codesFile(dir), (data) => codeEntry(data, -18).related.push(-99)),
			/codes\.json: entry -18: field "related\[\d+\]": code -99 is not in .*codes\.json/,
		],
		[
			'a command listing an unknown code',
			(dir) =>
				editJson(commandsFile(dir), (data) =>
					data.find((command) => command.name === 'getClips')!.codes.listed.push(-99),
				),
			/commands\.json: entry "getClips": field "codes\.listed\[3\]": code -99 is not in .*codes\.json/,
		],
		[
			'two codes whose names give the same identifier in the generated constants',
			(dir) => editJson(codesFile(dir), (data) => (codeEntry(data, -19).name = 'NoDevice')),
			/codes\.json: entry -19: field "name": its identifier NoDevice in the generated constants is already that of code -2/,
		],
		[
			'a general rule about a code that does not exist',
			(dir) => editJson(rulesFile(dir), (data) => data[1]!.codes.push(-99)),
			/general-rules\.json: entry "unhandled-error": field "codes\[1\]": code -99 is not in .*codes\.json/,
		],
	],
	[
		[
			'a vocabulary group tied to words the vendor does not use',
			(dir) =>
				editJson(
					vocabularyFile(dir),
					(data) => (vocabularyEntry(data, 'database').vendor = ['SQL']),
				),
			/vocabulary\.json: entry "database": field "vendor\[0\]": "SQL" is in no code's name, message or wording/,
		],
		[
			'a phrase in two groups',
			(dir) =>
				editJson(vocabularyFile(dir), (data) => vocabularyEntry(data, 'rights').en.push('offline')),
			/vocabulary\.json: entry "rights": field "en\[\d+\]": "offline" is in group "no-connection" already/,
		],
	],
];

describe('a bad data file fails the build, naming file, entry and field', () => {
	for (const cases of builds) {
		describe(cases.map(([name]) => name).join('; '), () => {
			let build: BuildResult;
			beforeAll(async () => {
				build = await buildWith((dir) => cases.forEach(([, edit]) => edit(dir)));
			}, BUILD_TIMEOUT);

			for (const [name, , message] of cases) {
				test(name, () => {
					expect(build.failed, build.output).toBe(true);
					expect(build.output).toMatch(message);
				});
			}
		});
	}
});
