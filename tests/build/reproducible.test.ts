/**
 * Two builds of the same sources give the same files, byte for byte. They are built as a new user
 * builds, without SITE_URL or ISSUE_TRACKER_URL, so they also show what such a build leaves out.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { astroBuild } from '../support/astro-build';

const folder = mkdtempSync(join(tmpdir(), 'vdg-repro-'));
const env = { SITE_URL: '', ISSUE_TRACKER_URL: '' };

afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function build(name: string): Promise<{ files: Map<string, Buffer>; output: string }> {
	const outDir = join(folder, name);
	const { failed, output } = await astroBuild({ outDir, env });
	if (failed) throw new Error(output);
	const names = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|json|xml|js|css|md|txt|ts|py|cs)$|_headers|_redirects/.test(file));
	return { files: new Map(names.sort().map((file) => [file, readFileSync(join(outDir, file))])), output };
}

const first = build('first');

test('two builds give identical pages, data and assets', async () => {
	// One after the other: two builds of one project at once share Astro's cache folder.
	const { files } = await first;
	const { files: again } = await build('second');
	expect([...again.keys()]).toEqual([...files.keys()]);
	const differing = [...files].filter(([file, content]) => !content.equals(again.get(file)!)).map(([file]) => file);
	expect([...files.keys()].filter((file) => file.endsWith('.html')).length).toBeGreaterThan(100);
	expect(differing).toEqual([]);
}, 240_000);

test('without SITE_URL: no canonical link, og:url or sitemap, and one line in the log that says so', async () => {
	const { files, output } = await first;
	// Pages, not the alias pages, whose canonical link is the page they lead to, relative.
	const html = [...files]
		.filter(([file]) => file.endsWith('.html'))
		.map(([, content]) => content.toString())
		.filter((page) => !page.includes('http-equiv="refresh"'));
	expect(html.filter((page) => /rel="canonical"|property="og:url"|rel="sitemap"/.test(page))).toEqual([]);
	expect([...files.keys()].filter((file) => file.startsWith('sitemap'))).toEqual([]);
	expect(output.match(/SITE_URL is not set/g)).toHaveLength(1);
	expect(output).not.toMatch(/\[WARN\](?!.*SITE_URL is not set)/);
}, 240_000);

test('without ISSUE_TRACKER_URL: no link to report a problem', async () => {
	const { files } = await first;
	expect([...files].filter(([file, content]) => file.endsWith('.html') && content.includes('Report a problem'))).toEqual([]);
}, 240_000);
