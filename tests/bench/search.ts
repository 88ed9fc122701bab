/**
 * Search benchmark: prints how big the code map is, how fast exact lookup answers a
 * keystroke (and that it makes no network request), and how long a cold full-text search takes
 * to show its first result. Runs against dist/ (build first: `npm run bench:search` does).
 *
 * Usage: node tests/bench/search.ts [runs]
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';

const RUNS = Number(process.argv[2] ?? 15);
const PORT = 4392;
const ORIGIN = `http://localhost:${PORT}`;
/** Typed key by key: numbers, which the lookup answers alone, without full-text search. */
const TYPED_QUERIES = ['-18', '−45', '18', '-56', '0'];
/** Pasted at once: a phrase, an attribute from a response, and a number with a typographic minus. */
const PASTED_QUERIES = ['code 21', 'errorcode="-2"', '\u221258'];
const FULL_TEXT_QUERY = 'Database offline';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const max = (values: number[]) => Math.max(...values);
const ms = (value: number) => `${value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

function codeMapSizes(): { raw: number; gzip: number } {
	const json = readFileSync('dist/code-map.json');
	return { raw: json.length, gzip: gzipSync(json, { level: 9 }).length };
}

/** Starts timing, in the page, from each edit of the field to the lookup list's next change. */
async function watchLookup(page: Page, list: string): Promise<void> {
	await page.evaluate((selector) => {
		const state = window as unknown as { lastEdit: number; latencies: number[] };
		state.latencies = [];
		document.addEventListener('beforeinput', (event) => (state.lastEdit = event.timeStamp), { capture: true });
		new MutationObserver(() => state.latencies.push(performance.now() - state.lastEdit)).observe(
			document.querySelector(selector)!,
			{ childList: true, subtree: true }
		);
	}, list);
}

async function measureLookup(browser: Browser) {
	const latencies: number[] = [];
	let requests = 0;
	for (let run = 0; run < RUNS; run++) {
		const page = await browser.newPage();
		await page.goto(`${ORIGIN}/`);
		const field = page.getByLabel('Code, message or pasted response');
		// Starlight sets up its search dialog when the page is idle, loading Pagefind: let it finish.
		await page.locator('#starlight__search input').waitFor({ state: 'attached' });
		await page.waitForLoadState('networkidle');
		await field.focus();
		await watchLookup(page, 'form.lookup-form .code-lookup-list');
		page.on('request', () => (requests += 1));
		for (const query of TYPED_QUERIES) {
			await page.keyboard.type(query);
			await page.keyboard.press('Control+a');
			await page.keyboard.press('Delete');
		}
		for (const query of PASTED_QUERIES) {
			await page.keyboard.insertText(query);
			await page.keyboard.press('Control+a');
			await page.keyboard.press('Delete');
		}
		latencies.push(...(await page.evaluate(() => (window as unknown as { latencies: number[] }).latencies)));
		await page.close();
	}
	return { latencies, requests };
}

/** Keystroke to first full-text result, each run in a fresh context: nothing cached. */
async function measureFullText(browser: Browser, surface: 'home' | 'dialog') {
	const times: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		let resultSelector: string;
		if (surface === 'home') {
			await page.goto(`${ORIGIN}/`);
			await page.getByLabel('Code, message or pasted response').focus();
			resultSelector = 'form.lookup-form .lookup-fulltext a';
		} else {
			await page.goto(`${ORIGIN}/codes/`);
			await page.locator('#starlight__search input').waitFor({ state: 'attached' });
			await page.keyboard.press('Control+k');
			resultSelector = '.pagefind-ui__result-link';
		}
		await page.evaluate((selector) => {
			const state = window as unknown as { started: number; shown: Promise<number> };
			state.shown = new Promise((resolve) => {
				new MutationObserver((_, observer) => {
					if (document.querySelector(selector)) {
						observer.disconnect();
						resolve(performance.now() - state.started);
					}
				}).observe(document.body, { childList: true, subtree: true });
			});
		}, resultSelector);
		// The whole query arrives at once, as when pasted: the clock starts at the input event.
		await page.evaluate((query) => {
			const state = window as unknown as { started: number };
			const input = document.activeElement as HTMLInputElement | HTMLTextAreaElement;
			state.started = performance.now();
			input.value = query;
			input.dispatchEvent(new Event('input', { bubbles: true }));
		}, FULL_TEXT_QUERY);
		times.push(await page.evaluate(() => (window as unknown as { shown: Promise<number> }).shown));
		await context.close();
	}
	return times;
}

const server = spawn(process.execPath, ['tests/support/static-server.ts', String(PORT), 'dist'], {
	stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
	const map = codeMapSizes();
	const lookup = await measureLookup(browser);
	const home = await measureFullText(browser, 'home');
	const dialog = await measureFullText(browser, 'dialog');
	const rows: [string, string, string][] = [
		['code map, fetched once as a page loads', `${kb(map.raw)} raw, ${kb(map.gzip)} gzip`, 'at most 3 KB gzip'],
		[
			`exact lookup, edit → result shown (${lookup.latencies.length} edits)`,
			`median ${ms(median(lookup.latencies))}, max ${ms(max(lookup.latencies))}`,
			'under 16 ms',
		],
		['network requests during those lookups', String(lookup.requests), '0'],
		[
			'cold full-text search, home page lookup',
			`median ${ms(median(home))}, max ${ms(max(home))}`,
			'under 300 ms',
		],
		[
			'cold full-text search, search dialog',
			`median ${ms(median(dialog))}, max ${ms(max(dialog))}`,
			'includes Pagefind UI’s 300 ms debounce',
		],
	];
	console.log(`Search benchmark: ${RUNS} runs each, ${browser.version()}, dist/ on ${ORIGIN}\n`);
	const width = Math.max(...rows.map(([name]) => name.length));
	const valueWidth = Math.max(...rows.map(([, value]) => value.length));
	for (const [name, value, target] of rows) {
		console.log(`${name.padEnd(width)}  ${value.padEnd(valueWidth)}  (target: ${target})`);
	}
} finally {
	await browser.close();
	server.kill();
}
