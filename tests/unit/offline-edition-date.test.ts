/**
 * The offline edition's date, in folders the tests make themselves: a repository of their own
 * where git is installed, a plain folder as in a downloaded archive. Nothing here depends on the
 * checkout the tests run in, which may be an archive with no .git.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { editionDate } from '../../src/offline/build/edition-date';

const COMMITTED = new Date('2026-02-03T04:05:06Z');
const EDITED = new Date('2026-05-01T12:00:00Z');

/** Two data files in a new folder, last changed at `modified`. */
function dataFolder(modified: Date): string[] {
	const folder = mkdtempSync(join(tmpdir(), 'vdg-edition-date-'));
	const files = ['codes.json', 'commands.json'].map((name) => join(folder, name));
	for (const file of files) {
		writeFileSync(file, '[]');
		utimesSync(file, modified, modified);
	}
	return files;
}

/** The same, committed at COMMITTED in a repository of their own. */
function committedFolder(): string[] {
	const files = dataFolder(EDITED);
	const git = (...args: string[]) =>
		execFileSync('git', args, {
			cwd: join(files[0]!, '..'),
			stdio: 'ignore',
			env: {
				...process.env,
				GIT_AUTHOR_NAME: 'test',
				GIT_AUTHOR_EMAIL: 'test@example.com',
				GIT_COMMITTER_NAME: 'test',
				GIT_COMMITTER_EMAIL: 'test@example.com',
				GIT_AUTHOR_DATE: COMMITTED.toISOString(),
				GIT_COMMITTER_DATE: COMMITTED.toISOString(),
			},
		});
	git('init', '--quiet');
	git('add', '.');
	git('commit', '--quiet', '--no-gpg-sign', '-m', 'data');
	return files;
}

const hasGit = (() => {
	try {
		execFileSync('git', ['--version'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
})();

test('SOURCE_DATE_EPOCH, where it is set, is the date', () => {
	const date = new Date('2026-01-02T00:00:00Z');
	expect(editionDate(dataFolder(EDITED), date)).toEqual(date);
});

test.skipIf(!hasGit)(
	'else the last commit of the data files, where they are unchanged since',
	() => {
		expect(editionDate(committedFolder(), undefined)).toEqual(COMMITTED);
	},
);

test.skipIf(!hasGit)('data edited since its last commit is dated by the files', () => {
	const files = committedFolder();
	const edited = new Date('2026-06-01T00:00:00Z');
	writeFileSync(files[1]!, '[{}]');
	utimesSync(files[1]!, edited, edited);
	expect(editionDate(files, undefined)).toEqual(edited);
});

test('outside a repository (a downloaded archive), the time the files last changed', () => {
	const files = dataFolder(new Date('2026-03-01T12:00:00Z'));
	utimesSync(files[1]!, EDITED, EDITED);
	expect(editionDate(files, undefined)).toEqual(EDITED);
});
