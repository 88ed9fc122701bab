/**
 * `npm test`: every check and test, with what is independent run at the same time, and at the end
 * how long each step took (docs/testing.md says what takes the time).
 *
 * First the tests' builds of the site (tests/dist/, and tests/dist-path/ under a path), with the
 * format and dead-code checks beside them; then the end-to-end tests against those builds in one
 * lane, and in the other the unit tests, the search tests (the corpus in Node, on the build's
 * index), the type check and the build tests, one after the other: `astro check` syncs Astro's
 * generated types and each build test builds the project, and two of them at once would share
 * Astro's cache folder. What runs beside the step shown live prints its output when it ends.
 */
import { spawn } from 'node:child_process';

interface Step {
	script: string;
	/** Output straight to the terminal; otherwise kept and printed when the step ends. */
	live?: boolean;
}

const timings: { script: string; seconds: number; passed: boolean }[] = [];

async function run({ script, live = false }: Step): Promise<boolean> {
	const started = performance.now();
	const child = spawn('npm', ['run', '--silent', script], {
		stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
		env: colours(),
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
 * FORCE_COLOR, even "0", as "on", so without a terminal it is left out and NO_COLOR set.
 */
function colours(): NodeJS.ProcessEnv {
	const { FORCE_COLOR, ...env } = process.env;
	return process.stdout.isTTY
		? { ...env, FORCE_COLOR: FORCE_COLOR ?? '1' }
		: { ...env, NO_COLOR: '1' };
}

/** Runs the lanes at once, each lane's steps in turn until one fails; true if all passed. */
async function together(...lanes: Step[][]): Promise<boolean> {
	const passed = await Promise.all(
		lanes.map(async (steps) => {
			for (const step of steps) if (!(await run(step))) return false;
			return true;
		}),
	);
	return passed.every(Boolean);
}

const started = performance.now();
const passed =
	(await together([{ script: 'build:test-site', live: true }], [{ script: 'lint' }])) &&
	(await together(
		[{ script: 'test:e2e', live: true }],
		[
			{ script: 'test:unit' },
			{ script: 'test:search' },
			{ script: 'check' },
			{ script: 'test:build' },
		],
	));

console.log('\nnpm test, step by step (steps side by side overlap):');
for (const { script, seconds, passed } of timings)
	console.log(
		`  ${script.padEnd(16)} ${seconds.toFixed(1).padStart(6)} s${passed ? '' : '  failed'}`,
	);
console.log(
	`  ${'in all'.padEnd(16)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`,
);
process.exitCode = passed ? 0 : 1;
