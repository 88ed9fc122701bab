/**
 * Offline edition benchmark: the built file (dist/vdg-sense-result-codes.html) opened from file://
 * in Chromium with the network off, printed as figures beside their budgets:
 * - the file's size, as it is and gzipped;
 * - the time from opening the file to its search field having focus, and to its first paint;
 * - a keystroke to its answer in the page, for codes and for full text, once the file is open,
 *   and for the first words typed as the file opens, which index the file's words.
 *
 * Usage: node tests/bench/offline.ts [runs]   (`npm run bench:offline` builds first)
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';
import { offlineSizeBudget } from '../support/offline-budget.ts';

const RUNS = Number(process.argv[2] ?? 15);
const FILE = new URL('../../dist/vdg-sense-result-codes.html', import.meta.url);
const LOOKUP_QUERIES = ['-18', '\u221245', '18', 'code 21', '-56'];
const FULL_TEXT_QUERIES = ['database down', 'camera lost network link', 'export too big'];

/** The value below which a share of the values lie: 0.5 for the median. */
const percentile = (values: number[], share: number) =>
	[...values].sort((a, b) => a - b)[
		Math.min(values.length - 1, Math.floor(values.length * share))
	]!;
const ms = (values: number[]) =>
	`median ${percentile(values, 0.5).toFixed(1)} ms, 95th percentile ${percentile(values, 0.95).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface Bench {
	focused?: number;
	painted?: number;
	/** When each edit of the field happened. */
	edits: number[];
	/** When the answer (its list, notices or status line) changed. */
	changes: number[];
}

/**
 * Records in the page, from its first moment: when the search field takes focus, when each edit of
 * it happens, and when the answer changes.
 */
function instrument(): void {
	const bench: Bench = { edits: [], changes: [] };
	(window as unknown as { bench: Bench }).bench = bench;
	document.addEventListener(
		'focusin',
		(event) => {
			if ((event.target as Element).id === 'search') bench.focused ??= performance.now();
		},
		{ capture: true },
	);
	new PerformanceObserver((entries) => {
		for (const entry of entries.getEntriesByName('first-contentful-paint'))
			bench.painted = entry.startTime;
	}).observe({ type: 'paint', buffered: true });
	document.addEventListener('input', (event) => bench.edits.push(event.timeStamp), {
		capture: true,
	});
	document.addEventListener('DOMContentLoaded', () =>
		new MutationObserver(() => bench.changes.push(performance.now())).observe(
			document.querySelector('[role="search"]')!,
			{ childList: true, subtree: true },
		),
	);
}

/** For each edit, the time to the first change of the answer before the next edit. */
async function editTimes(page: Page): Promise<number[]> {
	const { edits, changes } = await page.evaluate(
		() => (window as unknown as { bench: Bench }).bench,
	);
	return edits.flatMap((edit, index) => {
		const change = changes.find((at) => at >= edit && at < (edits[index + 1] ?? Infinity));
		return change === undefined ? [] : [change - edit];
	});
}

async function typeAfresh(page: Page, query: string): Promise<void> {
	await page.keyboard.press('Control+a');
	await page.keyboard.press('Delete');
	await page.evaluate(() => {
		const bench = (window as unknown as { bench: Bench }).bench;
		bench.edits.length = 0;
		bench.changes.length = 0;
	});
	await page.keyboard.type(query);
}

/** Opens the file offline, until `until`: its script has run by `domcontentloaded`, it is idle only after `load`. */
async function openOffline(
	browser: Browser,
	until: 'domcontentloaded' | 'load',
): Promise<{ page: Page; close(): Promise<void> }> {
	const context = await browser.newContext({ offline: true });
	const page = await context.newPage();
	await page.addInitScript(instrument);
	await page.goto(pathToFileURL(FILE.pathname).href, { waitUntil: until });
	return { page, close: () => context.close() };
}

async function measure(browser: Browser) {
	const timings: Record<string, number[]> = {};
	const add = (name: string, values: number[]) => (timings[name] ??= []).push(...values);
	for (let run = 0; run < RUNS; run++) {
		// Typed the moment the file opens: the first words index the file's.
		const cold = await openOffline(browser, 'domcontentloaded');
		await cold.page.keyboard.insertText('database');
		add('first words typed as the file opens, indexing it', await editTimes(cold.page));
		await cold.close();

		const { page, close } = await openOffline(browser, 'load');
		// Until the first paint, which may follow the load event.
		await page.waitForFunction(() => (window as unknown as { bench: Bench }).bench.painted);
		const { focused, painted } = await page.evaluate(
			() => (window as unknown as { bench: Bench }).bench,
		);
		add('opening the file → search field focused', [focused!]);
		add('opening the file → first paint', [painted!]);
		// As a person does, once the file shows: by then the browser has been idle and indexed it.
		await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
		for (const query of LOOKUP_QUERIES) {
			await typeAfresh(page, query);
			add('keystroke → answer shown, codes', await editTimes(page));
		}
		for (const query of FULL_TEXT_QUERIES) {
			await typeAfresh(page, query);
			add('keystroke → answer shown, full text', await editTimes(page));
		}
		await close();
	}
	return timings;
}

const file = readFileSync(FILE);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
	const timings = await measure(browser);
	const budgets: Record<string, string> = {
		'opening the file → search field focused': '≤ 300 ms',
		'opening the file → first paint': '',
		'keystroke → answer shown, codes': '≤ 16 ms',
		'keystroke → answer shown, full text': '≤ 16 ms',
		'first words typed as the file opens, indexing it': '',
	};
	const rows: [string, string, string][] = [
		[
			'file size, as it is and gzipped',
			`${kb(file.length)}, ${kb(gzipSync(file, { level: 9 }).length)}`,
			`≤ ${offlineSizeBudget()} KB as it is`,
		],
		...Object.entries(budgets).map(([name, budget]): [string, string, string] => [
			`${name} (${timings[name]!.length})`,
			ms(timings[name]!),
			budget,
		]),
	];
	console.log(
		`\nOffline edition benchmark: ${RUNS} runs, ${browser.version()}, ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), dist/vdg-sense-result-codes.html from file://, offline\n`,
	);
	const width = Math.max(...rows.map(([name]) => name.length));
	const valueWidth = Math.max(...rows.map(([, value]) => value.length));
	for (const [name, value, budget] of rows) {
		console.log(
			`${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${budget && `(budget ${budget})`}`,
		);
	}
} finally {
	await browser.close();
}
