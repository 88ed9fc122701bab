import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, testChromiumPath } from './support/chromium';
import { E2E_REPORT, TEST_DIST } from './support/test-site';

/** The static server's port; TEST_PORT moves it, so that two checkouts can run their tests at once. */
const PORT = Number(process.env.TEST_PORT ?? 4391);

export default defineConfig({
	testDir: './e2e',
	fullyParallel: true,
	// Pages are static and the server is light: two workers help even on a 2-core machine.
	workers: Math.max(2, Math.floor(availableParallelism() / 2)),
	forbidOnly: Boolean(process.env.CI),
	// The JSON report is read by `npm test` (tests/run.ts) to say which files take the time.
	reporter: [
		['list'],
		['json', { outputFile: fileURLToPath(new URL(`../${E2E_REPORT}`, import.meta.url)) }],
	],
	use: {
		baseURL: `http://localhost:${PORT}`,
		browserName: 'chromium',
		launchOptions: { executablePath: testChromiumPath, args: chromiumArgs },
	},
	// The tests' production build, served over HTTP as a static host would (`npm test` builds it first).
	webServer: {
		command: `node tests/support/static-server.ts ${PORT} ${TEST_DIST}`,
		cwd: '..',
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: false,
	},
});
