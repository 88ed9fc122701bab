/** Two builds of the same sources give the same pages, byte for byte. */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { astroBuild } from '../support/astro-build';

const folder = mkdtempSync(join(tmpdir(), 'vdg-repro-'));

afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function build(name: string): Promise<Map<string, Buffer>> {
	const outDir = join(folder, name);
	const { failed, output } = await astroBuild({ outDir });
	if (failed) throw new Error(output);
	const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|json|xml|js|css)$/.test(file));
	return new Map(files.sort().map((file) => [file, readFileSync(join(outDir, file))]));
}

test('two builds give identical pages, data and assets', async () => {
	const first = await build('first');
	const second = await build('second');
	expect([...second.keys()]).toEqual([...first.keys()]);
	const differing = [...first].filter(([file, content]) => !content.equals(second.get(file)!)).map(([file]) => file);
	expect([...first.keys()].filter((file) => file.endsWith('.html')).length).toBeGreaterThan(100);
	expect(differing).toEqual([]);
	// Built without ISSUE_TRACKER_URL: no link to report a problem.
	expect([...first].filter(([file, content]) => file.endsWith('.html') && content.includes('Report a problem'))).toEqual([]);
}, 240_000);
