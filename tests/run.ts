/**
 * `npm test`: every check and test, with what is independent run at the same time. The type check,
 * the format and dead-code checks and the unit tests together; then the tests' builds of the site
 * (tests/dist/, and tests/dist-path/ under a path); then the end-to-end tests against them together
 * with the build tests, which build into folders of their own. Two builds of the project never run
 * at once (they share Astro's cache folder), and nothing builds while `astro check` syncs. What runs
 * beside the step shown live prints its output when it ends.
 */
import { spawn } from 'node:child_process';

interface Step {
	script: string;
	/** Output straight to the terminal; otherwise kept and printed when the step ends. */
	live?: boolean;
}

async function run({ script, live = false }: Step): Promise<boolean> {
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

/** Runs the steps at once; true if all passed. */
async function together(...steps: Step[]): Promise<boolean> {
	return (await Promise.all(steps.map(run))).every(Boolean);
}

const passed =
	(await together({ script: 'check', live: true }, { script: 'lint' }, { script: 'test:unit' })) &&
	(await run({ script: 'build:test-site', live: true })) &&
	(await together({ script: 'test:e2e', live: true }, { script: 'test:build' }));

process.exitCode = passed ? 0 : 1;
