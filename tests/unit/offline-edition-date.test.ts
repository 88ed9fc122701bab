import { execFileSync } from 'node:child_process';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { editionDate } from '../../src/offline/build/edition-date';

const DATA = ['data/codes.json', 'data/commands.json'];

test('SOURCE_DATE_EPOCH, where it is set, is the date', () => {
	const date = new Date('2026-01-02T00:00:00Z');
	expect(editionDate(DATA, date)).toEqual(date);
});

test('else the last commit of the data files, where they are committed unchanged', (context) => {
	const changed = execFileSync('git', ['status', '--porcelain', '--', ...DATA], {
		encoding: 'utf8',
	});
	// Data being edited is newer than its last commit: the next test's case.
	if (changed !== '') context.skip();
	const seconds = execFileSync('git', ['log', '-1', '--format=%ct', '--', ...DATA], {
		encoding: 'utf8',
	});
	expect(editionDate(DATA, undefined)).toEqual(new Date(Number(seconds) * 1000));
});

test('else, outside a repository, the time the files last changed', () => {
	const folder = mkdtempSync(join(tmpdir(), 'vdg-edition-date-'));
	const files = ['codes.json', 'commands.json'].map((name) => join(folder, name));
	for (const file of files) writeFileSync(file, '[]');
	utimesSync(files[0]!, new Date('2026-03-01T12:00:00Z'), new Date('2026-03-01T12:00:00Z'));
	utimesSync(files[1]!, new Date('2026-04-01T12:00:00Z'), new Date('2026-04-01T12:00:00Z'));
	expect(editionDate(files, undefined)).toEqual(new Date('2026-04-01T12:00:00Z'));
});
