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

/** The entries of a file of data/, in the file's order. */
const entries = <Schema extends z.ZodType>(file: string, key: string, schema: Schema) => [
	...readEntries(
		`data/${file}`,
		readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'),
		key,
		schema,
	).values(),
];

export const codes = entries('codes.json', 'code', codeSchema);
export const commands = entries('commands.json', 'name', commandSchema);
export const rules = entries('general-rules.json', 'id', generalRuleSchema);
export const vocabulary = entries('vocabulary.json', 'id', vocabularyGroupSchema);

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
