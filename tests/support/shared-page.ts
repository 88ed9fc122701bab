/**
 * `test` with pages kept across a worker's tests. Opening a page costs far more than loading one of
 * ours (about 0.55 s against 0.25 s on the 2-core machine: a new renderer process, a cold cache), so
 * tests that go to a page and use it as a visitor does share one:
 *
 * - `sharedPage`: a page whose context may read and write the clipboard (for pasting).
 * - `axePage`: the same, with axe-core added to every document it loads (support/axe.ts); apart,
 *   because axe costs every load about 75 ms.
 *
 * A test on a shared page starts with `goto`, and leaves nothing behind that the next one could
 * trip on: no `page.on` listeners, no routes, no emulation. A test that changes its page's state (CPU
 * throttling, viewport, JavaScript off, storage, console listeners) takes its own `page` as usual.
 */
import { test as base, type Browser, type Page, type WorkerInfo } from '@playwright/test';
import { installAxe } from './axe';

async function keptPage(
	browser: Browser,
	workerInfo: WorkerInfo,
	use: (page: Page) => Promise<void>,
	prepare?: (page: Page) => Promise<void>,
) {
	const context = await browser.newContext({
		baseURL: workerInfo.project.use.baseURL,
		permissions: ['clipboard-read', 'clipboard-write'],
	});
	const page = await context.newPage();
	await prepare?.(page);
	await use(page);
	await context.close();
}

export const test = base.extend<object, { sharedPage: Page; axePage: Page }>({
	sharedPage: [
		async ({ browser }, use, workerInfo) => keptPage(browser, workerInfo, use),
		{ scope: 'worker' },
	],
	axePage: [
		async ({ browser }, use, workerInfo) => keptPage(browser, workerInfo, use, installAxe),
		{ scope: 'worker' },
	],
});

export { expect } from '@playwright/test';
