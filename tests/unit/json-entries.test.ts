import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { DataFileError } from '../../src/reference/data-file';
import { jsonEntries } from '../../src/reference/loader';
import { codeSchema } from '../../src/schemas/code';
import { rawCode } from './fixtures';

/** Two data files of codes, `first.json` and `second.json`. */
const FILES = {
	first: { fileName: 'first.json', key: 'code', schema: codeSchema },
	second: { fileName: 'second.json', key: 'code', schema: codeSchema },
};

/**
 * Writes the files with these texts (a file left out is missing) in a folder of their own, and
 * runs both loaders at once, as `astro build` does. Resolves to what each stored.
 */
async function load(texts: Partial<Record<keyof typeof FILES, string>>) {
	const root = mkdtempSync(join(tmpdir(), 'vdg-loader-'));
	for (const [name, text] of Object.entries(texts))
		writeFileSync(join(root, FILES[name as keyof typeof FILES].fileName), text);
	const loaders = jsonEntries(FILES);
	const logger = { info: () => {}, error: () => {} };
	const stored = await Promise.all(
		Object.values(loaders).map(async (loader) => {
			const entries = new Map<string, unknown>();
			const store = {
				set: ({ id, data }: { id: string; data: unknown }) => entries.set(id, data),
				clear: () => entries.clear(),
			};
			await loader.load({ store, config: { root: pathToFileURL(`${root}/`) }, logger } as never);
			return entries;
		}),
	);
	return { first: stored[0]!, second: stored[1]! };
}

const GOOD = JSON.stringify([rawCode(0)]);

describe('jsonEntries', () => {
	test('stores every entry of each file by its key, validated, with defaults filled in', async () => {
		const { first, second } = await load({
			first: JSON.stringify([rawCode(0), rawCode(-18)]),
			second: JSON.stringify([rawCode(-2)]),
		});
		expect([...first.keys()]).toEqual(['0', '-18']);
		expect(first.get('-18')).toMatchObject({ code: -18, related: [], notes: [] });
		expect([...second.keys()]).toEqual(['-2']);
	});

	test('fails on a bad file, naming every problem', async () => {
		const text = JSON.stringify([
			rawCode(0),
			rawCode(-18, { name: '' }),
			rawCode(-19, { typo: 1 }),
		]);
		await expect(load({ first: text, second: GOOD })).rejects.toThrow(DataFileError);
		await expect(load({ first: text, second: GOOD })).rejects.toThrow(
			'first.json: entry -18: field "name": must not be empty\nfirst.json: entry -19: field "typo": not a known field',
		);
	});

	test('fails with the problems of every file at once', async () => {
		const broken = load({ first: JSON.stringify([rawCode(-18, { name: '' })]), second: '[{' });
		await expect(broken).rejects.toThrow(
			/^first\.json: entry -18: field "name": must not be empty\nsecond\.json:1:3: invalid JSON: /,
		);
	});

	test('fails on a file it cannot read', async () => {
		await expect(load({ first: GOOD })).rejects.toThrow(/^second\.json: cannot read the file: /);
	});
});
