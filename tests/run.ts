/**
 * `npm test`: every check and test, with what is independent run at the same time, and at the end
 * how long each step took (docs/testing.md says what takes the time).
 *
 * First the tests' builds of the site (tests/dist/, and tests/dist-path/ under a path), with the
 * format and dead-code checks and the unit tests beside them; then the end-to-end tests against
 * those builds in one lane, and in the other the search tests (the corpus in Node, on the build's
 * index), the type check and the build tests, one after the other: `astro check` syncs Astro's
 * generated types and each build test builds the project, and two of them at once would share
 * Astro's cache folder. What runs beside the step shown live prints its output when it ends.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { E2E_REPORT } from './support/test-site.ts';

interface Step {
	script: string;
	/** Output straight to the terminal; otherwise kept and printed when the step ends. */
	live?: boolean;
	/**
	 * Colours only a terminal's output, and strips colour codes from its processes' output where it
	 * goes to a file (Playwright). It gets no NO_COLOR: beside the FORCE_COLOR it gives its workers
	 * and web server, Node would warn of the two in the log.
	 */
	coloursItself?: boolean;
}

const timings: { script: string; seconds: number; passed: boolean }[] = [];

async function run({ script, live = false, coloursItself = false }: Step): Promise<boolean> {
	const started = performance.now();
	const child = spawn('npm', ['run', '--silent', script], {
		stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
		env: colours(coloursItself),
	});
	const output: Buffer[] = [];
	child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
	child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	if (!live) process.stdout.write(Buffer.concat(output));
	if (code !== 0) console.error(`\nnpm run ${script} failed (exit code ${code}).`);
	timings.push({ script, seconds: (performance.now() - started) / 1000, passed: code === 0 });
	return code === 0;
}

/**
 * Colour where the output is a terminal, none where it goes to a file: many tools read any
 * FORCE_COLOR, even "0", as "on", so without a terminal it is left out and NO_COLOR set, but for
 * a step that `coloursItself`.
 */
function colours(coloursItself: boolean): NodeJS.ProcessEnv {
	const { FORCE_COLOR, ...env } = process.env;
	if (process.stdout.isTTY) return { ...env, FORCE_COLOR: FORCE_COLOR ?? '1' };
	return coloursItself ? env : { ...env, NO_COLOR: '1' };
}

/**
 * Runs the lanes at once, each lane's steps in turn; true if all passed. A step runs even where one
 * before it failed, so that one run reports every failure.
 */
async function together(...lanes: Step[][]): Promise<boolean> {
	const passed = await Promise.all(
		lanes.map(async (steps) => {
			let lanePassed = true;
			for (const step of steps) lanePassed = (await run(step)) && lanePassed;
			return lanePassed;
		}),
	);
	return passed.every(Boolean);
}

/** A suite of Playwright's JSON report: a file, or a `describe` within one. */
interface ReportSuite {
	file: string;
	specs?: { tests: { results: { duration: number }[] }[] }[];
	suites?: ReportSuite[];
}

/** The time a suite's tests took, in milliseconds, added up over the workers that ran them. */
function testTime({ specs = [], suites = [] }: ReportSuite): number {
	const own = specs
		.flatMap((spec) => spec.tests.flatMap((test) => test.results))
		.reduce((total, result) => total + result.duration, 0);
	return suites.reduce((total, suite) => total + testTime(suite), own);
}

/** The end-to-end test files that took longest, from the report Playwright wrote. */
function printSlowestFiles(): void {
	if (!existsSync(E2E_REPORT)) return;
	const { suites } = JSON.parse(readFileSync(E2E_REPORT, 'utf8')) as { suites: ReportSuite[] };
	console.log("\nThe end-to-end test files that take longest (their tests' time, all workers):");
	for (const suite of suites
		.map((suite) => ({ file: suite.file, seconds: testTime(suite) / 1000 }))
		.sort((a, b) => b.seconds - a.seconds)
		.slice(0, 6))
		console.log(`  ${suite.file.padEnd(24)} ${suite.seconds.toFixed(1).padStart(6)} s`);
}

const started = performance.now();
const passed =
	(await together(
		[{ script: 'build:test-site', live: true }],
		// Neither writes Astro's generated files, which the builds do.
		[{ script: 'lint' }, { script: 'test:unit' }],
	)) &&
	(await together(
		[{ script: 'test:e2e', live: true, coloursItself: true }],
		[{ script: 'test:search' }, { script: 'check' }, { script: 'test:build' }],
	));

console.log('\nnpm test, step by step (steps side by side overlap):');
for (const { script, seconds, passed } of timings)
	console.log(
		`  ${script.padEnd(24)} ${seconds.toFixed(1).padStart(6)} s${passed ? '' : '  failed'}`,
	);
console.log(
	`  ${'in all'.padEnd(24)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`,
);
printSlowestFiles();
process.exitCode = passed ? 0 : 1;
