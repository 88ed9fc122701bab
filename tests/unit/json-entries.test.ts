import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { DataFileError } from '../../src/lib/data-file';
import { jsonEntries } from '../../src/loaders/json-entries';
import { codeSchema } from '../../src/schemas/code';
import { rawCode } from './fixtures';

/** Runs the loader on `entries` written as data/codes.json in a folder of its own, as `astro build` would. */
async function load(text: string) {
	const root = mkdtempSync(join(tmpdir(), 'vdg-loader-'));
	writeFileSync(join(root, 'codes.json'), text);
	const stored = new Map<string, unknown>();
	const store = { set: ({ id, data }: { id: string; data: unknown }) => stored.set(id, data), clear: () => stored.clear() };
	const logger = { info: () => {}, error: () => {} };
	const loader = jsonEntries('codes.json', 'code', codeSchema);
	await loader.load({ store, config: { root: pathToFileURL(`${root}/`) }, logger } as never);
	return stored;
}

describe('jsonEntries', () => {
	test('stores every entry by its key, validated, with defaults filled in', async () => {
		const stored = await load(JSON.stringify([rawCode(0), rawCode(-18)]));
		expect([...stored.keys()]).toEqual(['0', '-18']);
		expect(stored.get('-18')).toMatchObject({ code: -18, related: [], notes: [] });
	});

	test('fails on a bad file, naming every problem', async () => {
		const text = JSON.stringify([rawCode(0), rawCode(-18, { name: '' }), rawCode(-19, { typo: 1 })]);
		await expect(load(text)).rejects.toThrow(DataFileError);
		await expect(load(text)).rejects.toThrow(
			'codes.json: entry -18: field "name": must not be empty\ncodes.json: entry -19: field "typo": not a known field'
		);
	});

	test('fails on a file it cannot read', async () => {
		const loader = jsonEntries('missing.json', 'code', codeSchema);
		const context = { store: { set() {}, clear() {} }, config: { root: pathToFileURL(`${tmpdir()}/`) }, logger: {} };
		await expect(loader.load(context as never)).rejects.toThrow(/^missing\.json: cannot read the file: /);
	});
});
