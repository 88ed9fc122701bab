/**
 * Search benchmark on the built site (dist/, served locally) in Chromium, printed as figures
 * beside their targets:
 * - Ctrl+K to a focused field, and to the dialog painted;
 * - a keystroke to the exact lookup's answer;
 * - a query to the first full-text result, cold (the first search on a page) and warm (later);
 * - bytes loaded on a page where nobody searches, and by the first search;
 * - keys lost when typing right after Ctrl+K on a freshly loaded page, with the CPU slowed 4×.
 *
 * Usage: node tests/bench/search.ts [runs] [other build]   (`npm run bench:search` builds first)
 *
 * With another build's directory (say, main's dist/ built in a second clone), both are measured in
 * the same run, their runs taken in turn, and printed side by side: on a noisy machine only such a
 * comparison tells a change from the noise.
 */
import { spawn } from 'node:child_process';
import { availableParallelism, cpus } from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';

const RUNS = Number(process.argv[2] ?? 15);
const SITES = [
	{ directory: 'dist', port: 4392 },
	...(process.argv[3] ? [{ directory: process.argv[3], port: 4395 }] : []),
].map((site) => ({ ...site, origin: `http://localhost:${site.port}` }));
const LOOKUP_QUERIES = ['-18', '−45', '18', '-56', 'code 21'];
const FULL_TEXT_QUERIES = ['database down', 'camera offline', 'export too big', 'macro not found'];

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (values: number[]) =>
	`median ${median(values).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface Timings {
	[name: string]: number[];
}

/** Records in the page: when each input event happened, and when the results list next changed in a given way. */
async function instrument(page: Page): Promise<void> {
	await page.evaluate(() => {
		const state = window as unknown as {
			bench: { edits: number[]; changes: { at: number; kinds: string[] }[] };
		};
		state.bench = { edits: [], changes: [] };
		document.addEventListener('input', (event) => state.bench.edits.push(event.timeStamp), {
			capture: true,
		});
		for (const list of document.querySelectorAll('[role="listbox"]')) {
			new MutationObserver(() =>
				state.bench.changes.push({
					at: performance.now(),
					kinds: [...list.querySelectorAll<HTMLElement>('[role="option"]')].map(
						(option) => option.dataset.kind ?? '',
					),
				}),
			).observe(list, { childList: true });
		}
	});
}

/** Milliseconds from the last input event to the first list change showing an option of `kind`. */
async function sinceLastEdit(page: Page, kind: string): Promise<number> {
	await page.waitForFunction(
		(wanted) => {
			const { bench } = window as unknown as {
				bench: { edits: number[]; changes: { at: number; kinds: string[] }[] };
			};
			const edit = bench.edits.at(-1) ?? Infinity;
			return bench.changes.some((change) => change.at >= edit && change.kinds.includes(wanted));
		},
		kind,
		{ timeout: 10_000 },
	);
	return page.evaluate((wanted) => {
		const { bench } = window as unknown as {
			bench: { edits: number[]; changes: { at: number; kinds: string[] }[] };
		};
		const edit = bench.edits.at(-1)!;
		return (
			bench.changes.find((change) => change.at >= edit && change.kinds.includes(wanted))!.at - edit
		);
	}, kind);
}

async function clearField(page: Page): Promise<void> {
	await page.keyboard.press('Control+a');
	await page.keyboard.press('Delete');
}

/** One run of the dialog's timings: Ctrl+K, a cold and three warm full-text queries, lookups. */
async function measureDialog(browser: Browser, origin: string, run: number, timings: Timings) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${origin}/codes/-18/`);
	await page.evaluate(() => {
		const state = window as unknown as {
			shortcut: Promise<{ focused: number; painted: number }>;
		};
		state.shortcut = new Promise((resolve) => {
			// From the K of Ctrl+K (Control goes down first) to the field's focus, and to the next frame.
			const onKey = (event: KeyboardEvent) => {
				if (event.key !== 'k') return;
				window.removeEventListener('keydown', onKey, { capture: true });
				const pressed = event.timeStamp;
				document.querySelector('dialog input[type="search"]')!.addEventListener(
					'focus',
					() => {
						const focused = performance.now() - pressed;
						requestAnimationFrame(() =>
							setTimeout(() => resolve({ focused, painted: performance.now() - pressed })),
						);
					},
					{ once: true },
				);
			};
			window.addEventListener('keydown', onKey, { capture: true });
		});
	});
	await page.keyboard.press('Control+k');
	const shortcut = await page.evaluate(
		() =>
			(window as unknown as { shortcut: Promise<{ focused: number; painted: number }> }).shortcut,
	);
	(timings['Ctrl+K → field focused'] ??= []).push(shortcut.focused);
	(timings['Ctrl+K → dialog painted'] ??= []).push(shortcut.painted);
	await instrument(page);

	// The first full-text search on the page: Pagefind started loading with Ctrl+K. Half the
	// runs type at once, the other half after the 0.3 s a person takes to see the dialog.
	const [cold, ...warm] = FULL_TEXT_QUERIES;
	const atOnce = run % 2 === 0;
	if (!atOnce) await page.waitForTimeout(300);
	await page.keyboard.insertText(cold!);
	const coldName = `query → first full-text result, cold, ${atOnce ? 'typed at once after Ctrl+K' : 'typed 0.3 s after Ctrl+K'}`;
	(timings[coldName] ??= []).push(await sinceLastEdit(page, 'page'));
	for (const query of warm) {
		await clearField(page);
		await page.keyboard.insertText(query);
		(timings['query → first full-text result, warm'] ??= []).push(
			await sinceLastEdit(page, 'page'),
		);
	}
	for (const query of LOOKUP_QUERIES) {
		await clearField(page);
		await page.keyboard.type(query);
		const kind = query === '-56' ? 'nearest' : 'code';
		(timings['keystroke → exact lookup shown'] ??= []).push(await sinceLastEdit(page, kind));
	}
	await context.close();
}

/** Bytes (as sent, compressed) a page loads by itself, and what its first search adds. */
async function measureBytes(browser: Browser, origin: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const loaded: { path: string; bytes: number }[] = [];
	context.on('requestfinished', async (request) => {
		const sizes = await request.sizes();
		loaded.push({
			path: new URL(request.url()).pathname,
			bytes: sizes.responseBodySize + sizes.responseHeadersSize,
		});
	});
	const total = (entries: typeof loaded) => entries.reduce((sum, { bytes }) => sum + bytes, 0);
	await page.goto(`${origin}/codes/-18/`);
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(1000);
	const untouched = [...loaded];
	await page.keyboard.press('Control+k');
	await page.keyboard.insertText('database down');
	await page.locator('dialog [role="option"][data-kind="page"]').first().waitFor();
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(500);
	const search = loaded.slice(untouched.length);
	await context.close();
	return {
		pageOnly: total(untouched),
		pagefindWithoutSearch: total(untouched.filter(({ path }) => path.startsWith('/pagefind/'))),
		search: total(search),
		searchRequests: search.length,
	};
}

/** Characters lost when typing right after Ctrl+K on a freshly loaded page, the CPU slowed 4×. */
async function measureLostKeys(browser: Browser, origin: string) {
	const page = await browser.newPage();
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	let lost = 0;
	const query = '-45 database';
	for (let run = 0; run < RUNS; run++) {
		await page.goto(`${origin}/commands/getclips/`);
		await page.keyboard.press('Control+k');
		await page.keyboard.type(query);
		const value = await page.locator('dialog input[type="search"]').inputValue();
		lost +=
			query.length - [...query].filter((character, index) => value[index] === character).length;
	}
	await page.close();
	return { lost, typed: RUNS * query.length };
}

const servers = SITES.map(({ directory, port }) =>
	spawn(process.execPath, ['tests/support/static-server.ts', String(port), directory], {
		stdio: ['ignore', 'pipe', 'inherit'],
	}),
);
await Promise.all(
	servers.map((server) => new Promise((resolve) => server.stdout.once('data', resolve))),
);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
	const timings: Timings[] = SITES.map(() => ({}));
	for (let run = 0; run < RUNS; run++) {
		for (const [index, site] of SITES.entries())
			await measureDialog(browser, site.origin, run, timings[index]!);
	}
	const bytes = [];
	const keys = [];
	for (const site of SITES) {
		bytes.push(await measureBytes(browser, site.origin));
		keys.push(await measureLostKeys(browser, site.origin));
	}
	const targets: Record<string, string> = {
		'Ctrl+K → field focused': '≤ 50 ms',
		'Ctrl+K → dialog painted': '',
		'keystroke → exact lookup shown': '≤ 16 ms',
		'query → first full-text result, cold, typed at once after Ctrl+K': '≤ 250 ms',
		'query → first full-text result, cold, typed 0.3 s after Ctrl+K': '≤ 250 ms',
		'query → first full-text result, warm': '≤ 100 ms',
	};
	const rows: string[][] = [
		['', ...SITES.map(({ directory }) => `${directory}/`), 'target'],
		...Object.entries(targets).map(([name, target]) => [
			`${name} (${timings[0]![name]!.length})`,
			...timings.map((site) => ms(site[name]!)),
			target,
		]),
		['a code page, nobody searching: all bytes', ...bytes.map((site) => kb(site.pageOnly)), ''],
		['  of which Pagefind', ...bytes.map((site) => kb(site.pagefindWithoutSearch)), '0'],
		[
			'the first search adds (Pagefind, its index, the search data)',
			...bytes.map((site) => `${kb(site.search)} in ${site.searchRequests} requests`),
			'',
		],
		[
			'keys lost typing at once after Ctrl+K, CPU 4× slower',
			...keys.map((site) => `${site.lost} of ${site.typed}`),
			'0',
		],
	];
	console.log(
		`\nSearch benchmark: ${RUNS} runs, ${browser.version()}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'})\n`,
	);
	const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
	for (const row of rows) {
		console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
	}
} finally {
	await browser.close();
	for (const server of servers) server.kill();
}
