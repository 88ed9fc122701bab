/**
 * Under `npm run dev` there is no search index (Pagefind indexes a build): search says so, and
 * still looks codes up by their number. A built site never shows that notice
 * (tests/e2e/pages.spec.ts).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import { expect, test } from 'vitest';
import { chromiumArgs, testChromiumPath } from '../support/chromium';

const root = new URL('../../', import.meta.url).pathname;
/** The dev server's start and its first page, which compiles the site's modules, on a loaded machine. */
const DEV_TIMEOUT = 180_000;
const ANSWER_TIMEOUT = 30_000;

/** A port nothing listens on, chosen by the system. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

function withoutTestRunner(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	return Object.fromEntries(
		Object.entries(env).filter(([name]) => !/^VITEST|^NODE_ENV$|^TEST$/.test(name)),
	);
}

test(
	'under npm run dev, search says that words need a build, and finds a code by its number',
	async () => {
		const port = await freePort();
		const dev = spawn(
			process.execPath,
			[`${root}node_modules/astro/bin/astro.mjs`, 'dev', '--port', String(port)],
			// Not as a test: Astro's dev server serves no page where it sees Vitest's variables.
			{ cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: withoutTestRunner(process.env) },
		);
		const browser = await chromium.launch({ executablePath: testChromiumPath, args: chromiumArgs });
		try {
			let output = '';
			await new Promise<void>((resolve, reject) => {
				const read = (chunk: Buffer) => {
					output += chunk.toString();
					if (output.includes(`localhost:${port}`)) resolve();
				};
				dev.stdout.on('data', read);
				dev.stderr.on('data', read);
				dev.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${output}`)));
			});
			const page = await browser.newPage();
			await page.goto(`http://localhost:${port}/`, { timeout: DEV_TIMEOUT });
			const box = page.locator('main search-box');
			await box.getByRole('combobox').click();
			await page.keyboard.type('database offline');
			await expect
				.poll(
					() => box.getByText('words need the full-text index, which a build makes').isVisible(),
					{
						timeout: ANSWER_TIMEOUT,
					},
				)
				.toBe(true);
			await page.keyboard.press('Control+a');
			await page.keyboard.type('-45');
			await expect
				.poll(() => box.getByRole('option').first().textContent(), { timeout: ANSWER_TIMEOUT })
				.toMatch(/^-45 /);
		} finally {
			await browser.close();
			dev.kill();
		}
	},
	DEV_TIMEOUT,
);
