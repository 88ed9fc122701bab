import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';

const PORT = 4391;

/**
 * Chromium to run: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium if installed, else the
 * browser that `npx playwright install` downloads.
 */
const executablePath =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
	testDir: './e2e',
	fullyParallel: true,
	// Pages are static and the server is light: two workers help even on a 2-core machine.
	workers: Math.max(2, Math.floor(availableParallelism() / 2)),
	forbidOnly: Boolean(process.env.CI),
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--no-first-run',
			],
		},
	},
	// The production build in dist/, served over HTTP as a static host would (`npm test` builds it first).
	webServer: {
		command: `node tests/support/static-server.ts ${PORT} dist`,
		cwd: '..',
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: false,
	},
});
