/**
 * Build benchmark: builds the site from the real data and from generated data of 1,000 and 5,000
 * codes (in a temporary data folder, read through VDG_DATA_DIR), and prints build time, pages per
 * second, the size of dist/, of the search index, and a code page's first-load weight.
 *
 * Usage: node tests/bench/build.ts [counts…]   (default: 1000 5000)
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

async function measure(label: string, dataDir: string | undefined) {
	const outDir = join(work, `dist-${label}`);
	const started = performance.now();
	const { failed, output } = await astroBuild({ outDir, dataDir });
	if (failed) throw new Error(output);
	const seconds = (performance.now() - started) / 1000;
	const pages = countFiles(outDir, '.html');
	const weight = pageWeight(outDir, '/codes/-1/');
	return {
		data: label,
		'build s': seconds.toFixed(1),
		'HTML pages': String(pages),
		'pages/s': (pages / seconds).toFixed(0),
		'dist MB': (folderBytes(outDir) / 2 ** 20).toFixed(1),
		'search index MB': (folderBytes(join(outDir, 'pagefind')) / 2 ** 20).toFixed(2),
		'code page KB gzip (HTML/CSS/JS)': [weight.html, weight.css, weight.js].map((bytes) => (bytes / 1024).toFixed(1)).join(' / '),
	};
}

try {
	const rows = [await measure('real (57 codes)', undefined)];
	for (const count of counts.length > 0 ? counts : [1000, 5000]) {
		const dataDir = join(work, `data-${count}`);
		mkdirSync(dataDir);
		writeFileSync(join(dataDir, 'codes.json'), JSON.stringify(syntheticCodes(count)));
		writeFileSync(join(dataDir, 'commands.json'), JSON.stringify(syntheticCommands(count)));
		rows.push(await measure(`${count} codes`, dataDir));
	}
	console.log(`\nBuild benchmark on ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}\n`);
	const columns = Object.keys(rows[0]!) as (keyof (typeof rows)[0])[];
	const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
	console.log(columns.map((column, index) => column.padEnd(widths[index]!)).join('  '));
	for (const row of rows) console.log(columns.map((column, index) => row[column].padEnd(widths[index]!)).join('  '));
} finally {
	rmSync(work, { recursive: true, force: true });
}
