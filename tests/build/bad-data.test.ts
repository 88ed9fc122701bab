/**
 * Bad data fails the real `astro build`, with a message that names the file, the entry and the
 * field; and text from the data is always escaped, never rendered as markup. Each build copies
 * data/ to a temporary folder, breaks it, and builds from it (VDG_DATA_DIR).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild, type BuildResult } from '../support/astro-build';
import { chromiumArgs, chromiumPath } from '../support/chromium';

const root = new URL('../../', import.meta.url).pathname;
const folders: string[] = [];
const BUILD_TIMEOUT = 180_000;

interface Build extends BuildResult {
	dataDir: string;
}

/** Copies data/ to a temporary folder, lets `edit` change it, and builds the site from it. */
async function buildWith(edit: (dataDir: string) => void): Promise<Build> {
	const dataDir = mkdtempSync(join(tmpdir(), 'vdg-data-'));
	folders.push(dataDir);
	cpSync(join(root, 'data'), dataDir, { recursive: true });
	edit(dataDir);
	return { ...(await astroBuild({ outDir: join(dataDir, 'dist'), dataDir })), dataDir };
}

type Entry = Record<string, any>;

function editJson(file: string, change: (data: Entry[]) => void): void {
	const data = JSON.parse(readFileSync(file, 'utf8')) as Entry[];
	change(data);
	writeFileSync(file, JSON.stringify(data, null, '\t'));
}

const codes = (dir: string) => join(dir, 'codes.json');
const commands = (dir: string) => join(dir, 'commands.json');
const code = (data: Entry[], number: number) => data.find((entry) => entry.code === number)!;

afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A broken data file: how it is broken, and the line of the build's output that must name it. */
type Case = [name: string, edit: (dir: string) => void, message: RegExp];

/**
 * The cases, in builds that each break the data in several ways at once: every problem is
 * reported at once, so each must show up. A file that is not JSON stops its checks; problems of
 * the entries of one file are found together, and those across entries and files together after.
 */
const builds: Case[][] = [
	[
		[
			'invalid JSON, with line and column',
			(dir) => writeFileSync(codes(dir), '[\n  {\n    "code": 0\n    "name": "Ok"\n  }\n]\n'),
			/codes\.json:4:5: invalid JSON: /,
		],
	],
	[
		[
			'a duplicate code',
			(dir) => editJson(codes(dir), (data) => data.push({ ...code(data, -18), name: 'Another' })),
			/codes\.json: entry -18: field "code": -18 is used by another entry too/,
		],
		[
			'a code that is not an integer',
			(dir) => editJson(codes(dir), (data) => (code(data, -19).code = -19.5)),
			/codes\.json: entry -19\.5: field "code": /,
		],
		['a missing name', (dir) => editJson(codes(dir), (data) => delete code(data, -20).name), /codes\.json: entry -20: field "name": /],
		[
			'an empty category',
			(dir) => editJson(codes(dir), (data) => (code(data, -21).category = '')),
			/codes\.json: entry -21: field "category": /,
		],
	],
	[
		[
			'a duplicate command name',
			(dir) => editJson(commands(dir), (data) => data.push({ ...data.find((command) => command.name === 'getClips') })),
			/commands\.json: entry "getClips": field "name": "getClips" is used by another entry too/,
		],
	],
	[
		[
			'a related code that does not exist',
			(dir) => editJson(codes(dir), (data) => code(data, -18).related.push(-99)),
			/codes\.json: entry -18: field "related\[\d+\]": code -99 is not in .*codes\.json/,
		],
		[
			'a command listing an unknown code',
			(dir) =>
				editJson(commands(dir), (data) => data.find((command) => command.name === 'getClips')!.codes.listed.push(-99)),
			/commands\.json: entry "getClips": field "codes\.listed\[3\]": code -99 is not in .*codes\.json/,
		],
		[
			'two codes whose names give the same identifier in the generated constants',
			(dir) => editJson(codes(dir), (data) => (code(data, -19).name = 'NoDevice')),
			/codes\.json: entry -19: field "name": its identifier NoDevice in the generated constants is already that of code -2/,
		],
	],
];

describe('a bad data file fails the build, naming file, entry and field', () => {
	for (const cases of builds) {
		describe(cases.map(([name]) => name).join('; '), () => {
			let build: Build;
			beforeAll(async () => {
				build = await buildWith((dir) => cases.forEach(([, edit]) => edit(dir)));
			}, BUILD_TIMEOUT);

			for (const [name, , message] of cases) {
				test(name, () => {
					expect(build.failed, build.output).toBe(true);
					expect(build.output).toMatch(message);
				});
			}
		});
	}
});

test(
	'markup in the data is shown as text, never rendered',
	async () => {
		const message = '<script>alert("x")</script> & <b>bold</b>';
		const { failed, output, dataDir } = await buildWith((dir) =>
			editJson(codes(dir), (data) => {
				code(data, -18).message = message;
				code(data, -18).summary = 'Uses `<img src=x onerror=alert(1)>` & more.';
			})
		);
		expect(failed, output).toBe(false);
		// Parsed as a browser parses it, scripts off: the text is there, and no element came of it.
		const html = readFileSync(join(dataDir, 'dist/codes/-18/index.html'), 'utf8');
		const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
		try {
			const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
			await page.setContent(html);
			expect(await page.locator('.vendor-message blockquote').textContent()).toBe(message);
			expect(await page.locator('main p.lead').textContent()).toBe('Uses <img src=x onerror=alert(1)> & more.');
			expect(await page.locator('main p.lead code').textContent()).toBe('<img src=x onerror=alert(1)>');
			expect(await page.locator('script:text("alert"), b, img[src="x"]').count()).toBe(0);
			expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain(message);
		} finally {
			await browser.close();
		}
		const exported = JSON.parse(readFileSync(join(dataDir, 'dist/codes.json'), 'utf8'));
		expect(exported.codes.find((entry: Entry) => entry.code === -18).message).toBe(message);
	},
	BUILD_TIMEOUT
);
