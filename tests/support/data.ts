/**
 * The data files, read as the build reads them (checked and validated by src/reference/data-file.ts,
 * typed by src/schemas/): the source of truth for what the built site must show.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { readEntries } from '../../src/reference/data-file';
import { codeSchema } from '../../src/schemas/code';
import { commandSchema } from '../../src/schemas/command';
import { generalRuleSchema } from '../../src/schemas/general-rule';
import { vocabularyGroupSchema } from '../../src/schemas/vocabulary';

/** The data files, relative to the project, as the build's messages name them. */
export const dataFiles = {
	codes: 'data/codes.json',
	commands: 'data/commands.json',
	rules: 'data/general-rules.json',
	vocabulary: 'data/vocabulary.json',
} as const;

/** The entries of a data file, in the file's order. */
const entries = <Schema extends z.ZodType>(file: string, key: string, schema: Schema) => [
	...readEntries(
		file,
		readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'),
		key,
		schema,
	).values(),
];

export const codes = entries(dataFiles.codes, 'code', codeSchema);
export const commands = entries(dataFiles.commands, 'name', commandSchema);
export const rules = entries(dataFiles.rules, 'id', generalRuleSchema);
export const vocabulary = entries(dataFiles.vocabulary, 'id', vocabularyGroupSchema);

/** Where the site must serve a code's page and a command's page. */
export const codePagePath = (code: number) => `/codes/${code}/`;
export const commandPagePath = (name: string) => `/commands/${name.toLowerCase()}/`;

/** A prose field as a reader sees it: the words, without the backticks that mark code in the data. */
export const readerText = (prose: string) => prose.replaceAll('`', '');

/** The site's public address, as the tests' build was told it (tests/support/build-site.ts). */
export { TEST_SITE as SITE } from './test-site';

/**
 * The command whose vendor page documents an example's request (`command=…&…`): the one whose own
 * request line runs the same action through `executeAction`, else the one the request names.
 */
export function exampleCommand(request: string): (typeof commands)[number] | undefined {
	const parameters = new Map(
		[...new URLSearchParams(request)].map(([name, value]) => [name.toLowerCase(), value]),
	);
	const action = parameters.get('actionname');
	const named = parameters.get('command')?.toLowerCase();
	return (
		(action &&
			commands.find((command) =>
				command.request.toLowerCase().includes(`actionname=${action.toLowerCase()}`),
			)) ||
		commands.find((command) => command.name.toLowerCase() === named)
	);
}
