/**
 * The offline edition's date: SOURCE_DATE_EPOCH where it is set, as reproducible builds set it;
 * else the last commit of the data files, where they are committed and unchanged since; else the
 * time the files last changed (a downloaded archive, or no git). It is the date of the data the
 * edition holds, so that two builds of the same data give the same file.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { settings } from '../../settings';

/** `files`: the data files, relative to the folder the build runs in, or absolute. */
export function editionDate(
	files: readonly string[] = Object.values(settings.dataFiles),
	sourceDate: Date | undefined = settings.sourceDate,
): Date {
	return sourceDate ?? committedDate(files) ?? lastChanged(files);
}

function committedDate(files: readonly string[]): Date | undefined {
	const paths = files.map((file) => resolve(file));
	// Asked in the data's own folder, which may be another repository than the one the build runs in.
	const git = (...args: string[]) =>
		execFileSync('git', args, {
			cwd: dirname(paths[0]!),
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}).trim();
	try {
		// Changed or not committed: the last commit is older than the data.
		if (git('status', '--porcelain', '--', ...paths) !== '') return undefined;
		const seconds = git('log', '-1', '--format=%ct', '--', ...paths);
		return seconds === '' ? undefined : new Date(Number(seconds) * 1000);
	} catch {
		// Not in a repository, or no git.
		return undefined;
	}
}

function lastChanged(files: readonly string[]): Date {
	return new Date(Math.max(...files.map((file) => statSync(file).mtimeMs)));
}
