/**
 * Lighthouse on the built site (dist/, served locally), in the same Chromium as the tests: every
 * kind of page (the home page, both indexes, a code's page, a command's page, the guide and the
 * page on reading a result). Each page is audited three times and
 * the run with the median performance score counts, as Lighthouse's own advice on variability has
 * it: on a busy machine headless Chromium now and then paints a second or two late, whatever the
 * page. Prints that run's four category scores, saves its HTML and JSON reports under
 * reports/lighthouse/ (git-ignored), and exits non-zero if a score is below 100.
 *
 * Usage: node tests/bench/lighthouse.ts [runs per page]   (`npm run lighthouse` builds first)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';

const PORT = 4393;
const RUNS = Number(process.argv[2] ?? 3);

type RunnerResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>;
const PAGES = [
	'/',
	'/codes/',
	'/commands/',
	'/codes/-18/',
	'/commands/getclips/',
	'/guides/handling-result-codes/',
	'/results/',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const REPORTS = 'reports/lighthouse';

const server = spawn(process.execPath, ['tests/support/static-server.ts', String(PORT), 'dist'], {
	stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((resolve) => server.stdout.once('data', resolve));
const chrome = await chromeLauncher.launch({
	chromePath: chromiumPath ?? chromeLauncher.getChromePath(),
	chromeFlags: ['--headless=new', ...chromiumArgs],
});

mkdirSync(REPORTS, { recursive: true });
const rows: string[][] = [];
let allPerfect = true;
try {
	for (const path of PAGES) {
		const runs: RunnerResult[] = [];
		for (let run = 0; run < RUNS; run++) {
			const result = await lighthouse(`http://localhost:${PORT}${path}`, {
				port: chrome.port,
				output: ['html', 'json'],
				onlyCategories: [...CATEGORIES],
				logLevel: 'error',
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			runs.push(result);
		}
		const performance = (run: RunnerResult) => run.lhr.categories.performance?.score ?? 0;
		const result = runs.sort((a, b) => performance(a) - performance(b))[(RUNS - 1) >> 1]!;
		const name = path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replace(/\//g, '_');
		const [html, json] = result.report as string[];
		writeFileSync(`${REPORTS}/${name}.html`, html!);
		writeFileSync(`${REPORTS}/${name}.json`, json!);
		const scores = CATEGORIES.map((category) =>
			Math.round((result.lhr.categories[category]?.score ?? 0) * 100),
		);
		if (scores.some((score) => score < 100)) {
			allPerfect = false;
			for (const category of CATEGORIES) {
				for (const ref of result.lhr.categories[category]?.auditRefs ?? []) {
					const audit = result.lhr.audits[ref.id];
					if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
						console.log(
							`  ${path} ${category}: ${audit.id} (${audit.title}) ${audit.displayValue ?? ''}`,
						);
					}
				}
			}
		}
		rows.push([path, ...scores.map(String)]);
	}
} finally {
	chrome.kill();
	server.kill();
}

console.log(
	`Lighthouse (mobile, simulated throttling) on dist/, median of ${RUNS} runs a page, reports in ${REPORTS}/\n`,
);
const header = ['page', ...CATEGORIES];
const widths = header.map((title, column) =>
	Math.max(title.length, ...rows.map((row) => row[column]!.length)),
);
for (const row of [header, ...rows])
	console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
process.exitCode = allPerfect ? 0 : 1;
