/**
 * Build benchmark: builds the site, and beside it the baseline (tests/bench/baseline: a plain
 * Starlight route over the same data), from the real data and from generated data of 1,000 and
 * 5,000 codes (in a temporary data folder, read through VDG_DATA_DIR). Prints each build's time, the
 * ratio of the medians, the same for the CPU time the machine was busy during the builds (on Linux),
 * the files, the size of dist/ and of the search index, and a code page's first-load weight. Elapsed
 * time on a 2-core machine depends on how well a build keeps both cores busy; CPU time shows the work.
 *
 * Usage: npm run bench [-- counts…]   (default: 1000 5000; BENCH_RUNS=3 builds of each)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild } from '../support/astro-build.ts';
import { pageWeight } from '../support/page-weight.ts';
import { syntheticCodes, syntheticCommands } from './synthetic-data.ts';

const counts = process.argv.slice(2).map(Number);
const work = mkdtempSync(join(tmpdir(), 'vdg-bench-'));

function folderBytes(folder: string): number {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' }).reduce((total, file) => {
		const stats = statSync(join(folder, file));
		return stats.isFile() ? total + stats.size : total;
	}, 0);
}

function countFiles(folder: string, ending: string): number {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith(ending)).length;
}

const BASELINE = new URL('./baseline/', import.meta.url).pathname;
/** Builds of each project per data set, in alternating order, so that both meet the same noise. */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** Linux only: the clock ticks per second that /proc counts CPU time in. */
const CLOCK_TICKS = existsSync('/proc/stat') ? Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) : undefined;

/**
 * CPU seconds the machine has spent busy (user, nice, system, interrupts) since it started; undefined
 * where /proc is not there. The whole machine's, because Pagefind's process outlives the wait that
 * would count it as the build's child; the benchmark is meant to run alone.
 */
function machineBusySeconds(): number | undefined {
	if (!CLOCK_TICKS) return undefined;
	const [user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.split(/\s+/).slice(1).map(Number);
	return (user! + nice! + system! + irq! + softirq!) / CLOCK_TICKS;
}

interface BuildTime {
	seconds: number;
	cpuSeconds: number | undefined;
}

async function buildTime(outDir: string, dataDir: string, projectRoot?: string): Promise<BuildTime> {
	rmSync(outDir, { recursive: true, force: true });
	const cpuBefore = machineBusySeconds();
	const started = performance.now();
	const { failed, output } = await astroBuild({ outDir, dataDir, projectRoot });
	if (failed) throw new Error(output);
	const cpuAfter = machineBusySeconds();
	return {
		seconds: (performance.now() - started) / 1000,
		cpuSeconds: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
	};
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length / 2;
	return Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
}

/** The medians of the site's and the baseline's figures, and their ratio as printed. */
function medians(site: number[], baseline: number[]): { site: number; baseline: number; ratio: string } {
	const [siteMedian, baselineMedian] = [median(site), median(baseline)];
	return { site: siteMedian, baseline: baselineMedian, ratio: `${(siteMedian / baselineMedian).toFixed(2)}×` };
}

async function measure(label: string, dataDir: string) {
	const outDir = join(work, `dist-${label.replace(/\W+/g, '-')}`);
	const baselineOut = `${outDir}-baseline`;
	const site: BuildTime[] = [];
	const baseline: BuildTime[] = [];
	for (let run = 0; run < RUNS; run++) {
		if (run % 2 === 0) {
			site.push(await buildTime(outDir, dataDir));
			baseline.push(await buildTime(baselineOut, dataDir, BASELINE));
		} else {
			baseline.push(await buildTime(baselineOut, dataDir, BASELINE));
			site.push(await buildTime(outDir, dataDir));
		}
	}
	const elapsed = medians(site.map((time) => time.seconds), baseline.map((time) => time.seconds));
	const cpu = CLOCK_TICKS ? medians(site.map((time) => time.cpuSeconds!), baseline.map((time) => time.cpuSeconds!)) : undefined;
	const pages = countFiles(outDir, '.html');
	const weight = pageWeight(outDir, '/codes/-1/');
	return {
		data: label,
		'site build s': site.map((time) => time.seconds.toFixed(1)).join(', '),
		'baseline build s': baseline.map((time) => time.seconds.toFixed(1)).join(', '),
		'ratio (medians)': elapsed.ratio,
		'CPU s site / baseline (medians)': cpu ? `${cpu.site.toFixed(1)} / ${cpu.baseline.toFixed(1)} = ${cpu.ratio}` : 'not measured',
		'HTML files': `${pages} (baseline ${countFiles(baselineOut, '.html')})`,
		'dist MB': (folderBytes(outDir) / 2 ** 20).toFixed(1),
		'search index MB': (folderBytes(join(outDir, 'pagefind')) / 2 ** 20).toFixed(2),
		'code page KB gzip (HTML/CSS/JS)': [weight.html, weight.css, weight.js].map((bytes) => (bytes / 1024).toFixed(1)).join(' / '),
	};
}

try {
	const rows = [await measure('real (57 codes)', new URL('../../data', import.meta.url).pathname)];
	for (const count of counts.length > 0 ? counts : [1000, 5000]) {
		const dataDir = join(work, `data-${count}`);
		mkdirSync(dataDir);
		writeFileSync(join(dataDir, 'codes.json'), JSON.stringify(syntheticCodes(count)));
		writeFileSync(join(dataDir, 'commands.json'), JSON.stringify(syntheticCommands(count)));
		rows.push(await measure(`${count} codes`, dataDir));
	}
	console.log(`\nBuild benchmark on ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${RUNS} runs each`);
	console.log('Baseline: tests/bench/baseline, a plain Starlight route over the same data.\n');
	const columns = Object.keys(rows[0]!) as (keyof (typeof rows)[0])[];
	const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
	console.log(columns.map((column, index) => column.padEnd(widths[index]!)).join('  '));
	for (const row of rows) console.log(columns.map((column, index) => row[column].padEnd(widths[index]!)).join('  '));
} finally {
	rmSync(work, { recursive: true, force: true });
}
