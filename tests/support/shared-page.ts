/**
 * `test` with `sharedPage`: one browser page per worker, kept across that worker's tests. Opening a
 * page costs more than loading one of ours (about 0.5 s against 0.25 s on the 2-core machine), so
 * tests that only go to a page and read it share one; a test that changes a page's state (storage,
 * permissions, viewport, CPU) takes its own `page` as usual.
 */
import { test as base, type Page } from '@playwright/test';

export const test = base.extend<object, { sharedPage: Page }>({
	sharedPage: [
		async ({ browser }, use, workerInfo) => {
			const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
});

export { expect } from '@playwright/test';
