/**
 * Copies of data/ for builds from changed data, read through VDG_DATA_DIR: the build tests break
 * them, or put markup in them.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Entry = Record<string, any>;

/** Copies data/ into `folder`, or into a new temporary folder; returns the copy's folder. */
export function copyData(folder = mkdtempSync(join(tmpdir(), 'vdg-data-'))): string {
	cpSync(new URL('../../data', import.meta.url).pathname, folder, { recursive: true });
	return folder;
}

/** Changes the entries of a data file in place. */
export function editJson(file: string, change: (data: Entry[]) => void): void {
	const data = JSON.parse(readFileSync(file, 'utf8')) as Entry[];
	change(data);
	writeFileSync(file, JSON.stringify(data, null, '\t'));
}

export const codesFile = (dataDir: string) => join(dataDir, 'codes.json');
export const commandsFile = (dataDir: string) => join(dataDir, 'commands.json');
export const rulesFile = (dataDir: string) => join(dataDir, 'general-rules.json');
export const vocabularyFile = (dataDir: string) => join(dataDir, 'vocabulary.json');
export const vocabularyEntry = (data: Entry[], id: string) =>
	data.find((entry) => entry.id === id)!;
export const codeEntry = (data: Entry[], code: number) =>
	data.find((entry) => entry.code === code)!;
