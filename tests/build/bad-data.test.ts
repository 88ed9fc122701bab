/**
 * A bad data file fails the real `astro build`, and the message names the file, the entry and the
 * field. The unit tests cover each kind of problem; these show that the build stops on them.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const folders: string[] = [];

/** Copies data/ to a temporary folder, lets `edit` break it, builds from it, returns the output. */
async function buildWith(edit: (dataDir: string) => void): Promise<{ failed: boolean; output: string }> {
	const dataDir = mkdtempSync(join(tmpdir(), 'vdg-data-'));
	folders.push(dataDir);
	cpSync(join(root, 'data'), dataDir, { recursive: true });
	edit(dataDir);
	try {
		const { stdout, stderr } = await promisify(execFile)(
			'npx',
			['astro', 'build', '--outDir', join(dataDir, 'dist')],
			{ cwd: root, env: { ...process.env, VDG_DATA_DIR: dataDir }, maxBuffer: 64 * 1024 * 1024 }
		);
		return { failed: false, output: stdout + stderr };
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		return { failed: true, output: stdout + stderr };
	}
}

function editJson(file: string, change: (data: any[]) => void): void {
	const data = JSON.parse(readFileSync(file, 'utf8'));
	change(data);
	writeFileSync(file, JSON.stringify(data, null, '\t'));
}

afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

test('a field that does not match the schema fails the build', async () => {
	const { failed, output } = await buildWith((dir) =>
		editJson(join(dir, 'codes.json'), (codes) => {
			delete codes.find((entry) => entry.code === -18).name;
		})
	);
	expect(failed).toBe(true);
	expect(output).toMatch(/vdg-data-\w+\/codes\.json: entry -18: field "name": /);
}, 180_000);

test('a command listing an unknown code fails the build', async () => {
	const { failed, output } = await buildWith((dir) =>
		editJson(join(dir, 'commands.json'), (commands) => {
			commands.find((command) => command.name === 'getClips').codes.listed.push(-99);
		})
	);
	expect(failed).toBe(true);
	expect(output).toMatch(/commands\.json: entry "getClips": field "codes\.listed\[3\]": code -99 is not in /);
}, 180_000);
