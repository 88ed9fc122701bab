/**
 * Build benchmark: builds the site from the real data and from generated data of 1,000 and 5,000
 * codes (in a temporary data folder, read through VDG_DATA_DIR), and prints, for each, the build's
 * time and the CPU time the machine was busy meanwhile (medians of a few builds), the files, the
 * size of the build and of its search index, and a code page's first-load weight. It writes the same
 * table into docs/performance.md, between its markers.
 *
 * Usage: npm run bench [-- counts…]   (default: 1000 5000; BENCH_RUNS=3 builds of each)
 */
import { execFileSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { astroBuild } from '../support/astro-build.ts';
import { pageWeight } from '../support/page-weight.ts';
import { syntheticCodes, syntheticCommands } from './synthetic-data.ts';

const counts = process.argv.slice(2).map(Number);
const work = mkdtempSync(join(tmpdir(), 'vdg-bench-'));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const REPORT = new URL('../../docs/performance.md', import.meta.url);
const MARKERS = ['<!-- build table: written by npm run bench -->', '<!-- end of build table -->'];

function folderBytes(folder: string): number {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' }).reduce((total, file) => {
		const stats = statSync(join(folder, file));
		return stats.isFile() ? total + stats.size : total;
	}, 0);
}

/** Linux only: the clock ticks per second that /proc counts CPU time in. */
const CLOCK_TICKS = existsSync('/proc/stat')
	? Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }))
	: undefined;

/**
 * CPU seconds the machine has spent busy since it started; undefined where /proc is not there. The
 * whole machine's, because Pagefind's process outlives the wait that would count it as the
 * build's child; the benchmark is meant to run alone.
 */
function machineBusySeconds(): number | undefined {
	if (!CLOCK_TICKS) return undefined;
	const [user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8')
		.split('\n', 1)[0]!
		.split(/\s+/)
		.slice(1)
		.map(Number);
	return (user! + nice! + system! + irq! + softirq!) / CLOCK_TICKS;
}

async function timedBuild(
	outDir: string,
	dataDir: string,
): Promise<{ seconds: number; cpu?: number }> {
	rmSync(outDir, { recursive: true, force: true });
	const cpuBefore = machineBusySeconds();
	const started = performance.now();
	const { failed, output } = await astroBuild({ outDir, dataDir });
	if (failed) throw new Error(output);
	const cpuAfter = machineBusySeconds();
	return {
		seconds: (performance.now() - started) / 1000,
		cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
	};
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length / 2;
	return Number.isInteger(middle)
		? (sorted[middle - 1]! + sorted[middle]!) / 2
		: sorted[Math.floor(middle)]!;
}

async function measure(label: string, dataDir: string): Promise<string[]> {
	const outDir = join(work, `dist-${label.replace(/\W+/g, '-')}`);
	const builds = [];
	for (let run = 0; run < RUNS; run++) builds.push(await timedBuild(outDir, dataDir));
	const seconds = builds.map((build) => build.seconds);
	const cpu = builds.flatMap((build) => build.cpu ?? []);
	const weight = pageWeight(outDir, '/codes/-1/');
	const htmlFiles = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
		file.endsWith('.html'),
	).length;
	return [
		label,
		`${median(seconds).toFixed(1)} s (${Math.min(...seconds).toFixed(1)}–${Math.max(...seconds).toFixed(1)})`,
		cpu.length > 0 ? `${median(cpu).toFixed(1)} s` : 'not measured',
		htmlFiles.toLocaleString('en'),
		`${(folderBytes(outDir) / 2 ** 20).toFixed(1)} MB`,
		`${(folderBytes(join(outDir, 'pagefind')) / 2 ** 20).toFixed(2)} MB`,
		[weight.html, weight.css, weight.js].map((bytes) => (bytes / 1024).toFixed(1)).join(' / ') +
			' KB',
	];
}

const HEADER = [
	'data',
	`build, median of ${RUNS} (range)`,
	'CPU busy, median',
	'HTML files',
	'build folder',
	'search index',
	'code page, gzip HTML / CSS / JS',
];

try {
	const rows = [await measure('real, 57 codes', new URL('../../data', import.meta.url).pathname)];
	for (const count of counts.length > 0 ? counts : [1000, 5000]) {
		const dataDir = join(work, `data-${count}`);
		mkdirSync(dataDir);
		writeFileSync(join(dataDir, 'codes.json'), JSON.stringify(syntheticCodes(count)));
		writeFileSync(join(dataDir, 'commands.json'), JSON.stringify(syntheticCommands(count)));
		// Made-up codes hold none of the vendor's words that the support vocabulary stands for.
		writeFileSync(join(dataDir, 'vocabulary.json'), '[]');
		rows.push(await measure(`${count.toLocaleString('en')} codes`, dataDir));
	}
	const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}`;
	const table = [
		`Measured by \`npm run bench\` on ${machine}.`,
		'',
		`| ${HEADER.join(' | ')} |`,
		`| ${HEADER.map(() => '---').join(' | ')} |`,
		...rows.map((row) => `| ${row.join(' | ')} |`),
	].join('\n');
	console.log(`\n${table}\n`);
	const report = readFileSync(REPORT, 'utf8');
	const [start, end] = [report.indexOf(MARKERS[0]!), report.indexOf(MARKERS[1]!)];
	if (start < 0 || end < start)
		throw new Error(`docs/performance.md lacks the markers ${MARKERS.join(' and ')}`);
	const written = `${report.slice(0, start + MARKERS[0]!.length)}\n\n${table}\n\n${report.slice(end)}`;
	const filepath = fileURLToPath(REPORT);
	// Formatted as the repository's files are, so that `npm run lint` stays clean.
	const options = { ...(await prettier.resolveConfig(filepath)), filepath };
	writeFileSync(REPORT, await prettier.format(written, options));
	console.log('Written to docs/performance.md.');
} finally {
	rmSync(work, { recursive: true, force: true });
}
