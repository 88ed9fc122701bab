/**
 * Search benchmark on the built site (dist/, served locally) in Chromium, printed as figures
 * beside their targets:
 * - Ctrl+K to a focused field, and to the dialog painted;
 * - a keystroke to the exact lookup's answer;
 * - a query to the first full-text result, cold (the first search on a page) and warm (later);
 * - bytes loaded on a page where nobody searches, and by the first search;
 * - keys lost when typing right after Ctrl+K on a freshly loaded page, with the CPU slowed 4×.
 *
 * Usage: node tests/bench/search.ts [runs]   (`npm run bench:search` builds first)
 */
import { spawn } from 'node:child_process';
import { availableParallelism, cpus } from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';

const RUNS = Number(process.argv[2] ?? 15);
const PORT = 4392;
const ORIGIN = `http://localhost:${PORT}`;
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

async function measureDialog(browser: Browser, timings: Timings) {
	for (let run = 0; run < RUNS; run++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${ORIGIN}/codes/-18/`);
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
}

/** Bytes (as sent, compressed) a page loads by itself, and what its first search adds. */
async function measureBytes(browser: Browser) {
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
	await page.goto(`${ORIGIN}/codes/-18/`);
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
async function measureLostKeys(browser: Browser) {
	const page = await browser.newPage();
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	let lost = 0;
	const query = '-45 database';
	for (let run = 0; run < RUNS; run++) {
		await page.goto(`${ORIGIN}/commands/getclips/`);
		await page.keyboard.press('Control+k');
		await page.keyboard.type(query);
		const value = await page.locator('dialog input[type="search"]').inputValue();
		lost +=
			query.length - [...query].filter((character, index) => value[index] === character).length;
	}
	await page.close();
	return { lost, typed: RUNS * query.length };
}

const server = spawn(process.execPath, ['tests/support/static-server.ts', String(PORT), 'dist'], {
	stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
	const timings: Timings = {};
	await measureDialog(browser, timings);
	const bytes = await measureBytes(browser);
	const keys = await measureLostKeys(browser);
	const targets: Record<string, string> = {
		'Ctrl+K → field focused': '≤ 50 ms',
		'Ctrl+K → dialog painted': '',
		'keystroke → exact lookup shown': '≤ 16 ms',
		'query → first full-text result, cold, typed at once after Ctrl+K': '≤ 250 ms',
		'query → first full-text result, cold, typed 0.3 s after Ctrl+K': '≤ 250 ms',
		'query → first full-text result, warm': '≤ 100 ms',
	};
	const rows: [string, string, string][] = [
		...Object.entries(targets).map(([name, target]): [string, string, string] => [
			`${name} (${timings[name]!.length})`,
			ms(timings[name]!),
			target,
		]),
		['a code page, nobody searching: all bytes', kb(bytes.pageOnly), ''],
		['  of which Pagefind', kb(bytes.pagefindWithoutSearch), '0'],
		[
			`the first search adds (${bytes.searchRequests} requests: Pagefind, index, code map)`,
			kb(bytes.search),
			'',
		],
		[`keys lost typing at once after Ctrl+K, CPU 4× slower`, `${keys.lost} of ${keys.typed}`, '0'],
	];
	console.log(
		`\nSearch benchmark: ${RUNS} runs, ${browser.version()}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), dist/ on ${ORIGIN}\n`,
	);
	const width = Math.max(...rows.map(([name]) => name.length));
	const valueWidth = Math.max(...rows.map(([, value]) => value.length));
	for (const [name, value, target] of rows) {
		console.log(
			`${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${target && `(target ${target})`}`,
		);
	}
} finally {
	await browser.close();
	server.kill();
}
