/**
 * The build a new user makes: without SITE_URL or ISSUE_TRACKER_URL, which shows what such a build
 * leaves out; from data with markup in its text, which must come out as text. Built twice, from the
 * same sources, it gives the same files, byte for byte. One pair of builds serves all three.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { afterAll, expect, test } from 'vitest';
import { astroBuild } from '../support/astro-build';
import { chromiumArgs, testChromiumPath } from '../support/chromium';
import { codeEntry, codesFile, copyData, editJson } from '../support/data-copy';

const folder = mkdtempSync(join(tmpdir(), 'vdg-repro-'));
const env = { SITE_URL: '', ISSUE_TRACKER_URL: '' };
const BUILD_TIMEOUT = 240_000;

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Markup in the vendor's message and in our prose, on the page of -18. */
const MESSAGE = '<script>alert("x")</script> & <b>bold</b>';
const SUMMARY = 'Uses `<img src=x onerror=alert(1)>` & more.';
const dataDir = copyData(join(folder, 'data'));
editJson(codesFile(dataDir), (codes) =>
	Object.assign(codeEntry(codes, -18), { message: MESSAGE, summary: SUMMARY }),
);

async function build(
	name: string,
): Promise<{ outDir: string; files: Map<string, Buffer>; output: string }> {
	const outDir = join(folder, name);
	const { failed, output } = await astroBuild({ outDir, dataDir, env });
	if (failed) throw new Error(output);
	const names = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
		/\.(html|json|xml|js|css|md|txt|ts|py|cs)$|_headers|_redirects/.test(file),
	);
	return {
		outDir,
		files: new Map(names.sort().map((file) => [file, readFileSync(join(outDir, file))])),
		output,
	};
}

const first = build('first');

/**
 * A built file as the builds must agree on it: in pages, a code block's text but not its colours.
 * Shiki stops colouring a line once it has spent half a second on it (its `tokenizeTimeLimit`),
 * which the first line in a language can take on a loaded machine: two builds then differ in the
 * spans of that line (seen here on the guide's Python and C# snippets, with the end-to-end tests
 * running beside). The limit can only be lifted from an `ec.config.mjs` beside astro.config.mjs,
 * because Starlight's `<Code>` takes only options that serialize to JSON.
 */
function comparable(file: string, content: Buffer): Buffer {
	if (!file.endsWith('.html')) return content;
	return Buffer.from(
		content
			.toString()
			.replace(/<pre\b[^>]*>[\s\S]*?<\/pre>/g, (block) => block.replace(/<[^>]+>/g, '')),
	);
}

/** Where a file of the second build first differs from the first build's, for the failure message. */
function firstDifference(file: string, built: Buffer, rebuilt: Buffer): string {
	let at = 0;
	while (at < built.length && built[at] === rebuilt[at]) at++;
	const around = (content: Buffer) =>
		JSON.stringify(content.subarray(Math.max(0, at - 80), at + 80).toString());
	return `${file}, from byte ${at}: ${around(built)} then ${around(rebuilt)}`;
}

test(
	'two builds give identical pages, data and assets (code blocks by their text, not their colours)',
	async () => {
		// One after the other: two builds of one project at once share Astro's cache folder.
		const { files } = await first;
		const { files: again } = await build('second');
		expect([...again.keys()]).toEqual([...files.keys()]);
		const differing = [...files]
			.map(
				([file, content]) =>
					[file, comparable(file, content), comparable(file, again.get(file)!)] as const,
			)
			.filter(([, built, rebuilt]) => !built.equals(rebuilt))
			.map(([file, built, rebuilt]) => firstDifference(file, built, rebuilt));
		expect([...files.keys()].filter((file) => file.endsWith('.html')).length).toBeGreaterThan(100);
		expect(differing).toEqual([]);
	},
	BUILD_TIMEOUT,
);

test(
	'without SITE_URL: no canonical link, og:url or sitemap, and one line in the log that says so',
	async () => {
		const { files, output } = await first;
		// Pages, not the alias pages, whose canonical link is the page they lead to, relative.
		const html = [...files]
			.filter(([file]) => file.endsWith('.html'))
			.map(([, content]) => content.toString())
			.filter((page) => !page.includes('http-equiv="refresh"'));
		expect(
			html.filter((page) => /rel="canonical"|property="og:url"|rel="sitemap"/.test(page)),
		).toEqual([]);
		expect([...files.keys()].filter((file) => file.startsWith('sitemap'))).toEqual([]);
		expect(output.match(/SITE_URL is not set/g)).toHaveLength(1);
		expect(output).not.toMatch(/\[WARN\](?!.*SITE_URL is not set)/);
	},
	BUILD_TIMEOUT,
);

test(
	'without ISSUE_TRACKER_URL: no link to report a problem',
	async () => {
		const { files } = await first;
		expect(
			[...files].filter(
				([file, content]) => file.endsWith('.html') && content.includes('Report a problem'),
			),
		).toEqual([]);
	},
	BUILD_TIMEOUT,
);

/** The offline edition, opened from the disk with its script running, shows the markup as text too. */
async function expectTextInOfflineEdition(outDir: string): Promise<void> {
	const browser = await chromium.launch({ executablePath: testChromiumPath, args: chromiumArgs });
	try {
		const page = await browser.newPage();
		await page.goto(pathToFileURL(join(outDir, 'vdg-sense-result-codes.html')).href);
		await page.keyboard.type('-18');
		await expect.poll(() => page.getByRole('option').first().textContent()).toContain(MESSAGE);
		const article = page.locator('#code--18');
		expect(await article.locator('blockquote').textContent()).toBe(MESSAGE);
		expect(await article.locator('p.lead').textContent()).toBe(
			'Uses <img src=x onerror=alert(1)> & more.',
		);
		expect(await page.locator('script:text("alert"), b:text("bold"), img').count()).toBe(0);
	} finally {
		await browser.close();
	}
}

test(
	'markup in the data is shown as text, never rendered',
	async () => {
		const { outDir } = await first;
		// Parsed as a browser parses it, scripts off: the text is there, and no element came of it.
		const html = readFileSync(join(outDir, 'codes/-18/index.html'), 'utf8');
		const browser = await chromium.launch({ executablePath: testChromiumPath, args: chromiumArgs });
		try {
			const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
			await page.setContent(html);
			expect(await page.locator('.vendor-message blockquote').textContent()).toBe(MESSAGE);
			expect(await page.locator('main p.lead').textContent()).toBe(
				'Uses <img src=x onerror=alert(1)> & more.',
			);
			expect(await page.locator('main p.lead code').textContent()).toBe(
				'<img src=x onerror=alert(1)>',
			);
			expect(await page.locator('script:text("alert"), b, img[src="x"]').count()).toBe(0);
			expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain(
				MESSAGE,
			);
		} finally {
			await browser.close();
		}
		await expectTextInOfflineEdition(outDir);
		const exported = JSON.parse(readFileSync(join(outDir, 'codes.json'), 'utf8'));
		expect(exported.codes.find((entry: { code: number }) => entry.code === -18).message).toBe(
			MESSAGE,
		);
	},
	BUILD_TIMEOUT,
);
