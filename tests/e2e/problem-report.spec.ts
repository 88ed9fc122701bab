/**
 * "Report a problem with this page" leads to the project's issue tracker (ISSUE_TRACKER_URL, set
 * for the tests' build by tests/support/build-site.ts), with the subject, the page and the
 * section being read filled in.
 */
import { expect, test } from '@playwright/test';
import { TEST_ISSUE_TRACKER } from '../support/test-site';

test.beforeEach(async ({ page }) => {
	await page.route(`${TEST_ISSUE_TRACKER}**`, (route) => route.fulfill({ body: 'the tracker' }));
});

test('on a code page: the code, the page’s address and the section in view', async ({ page }) => {
	await page.goto('/codes/-18/#fixes');
	await page.getByRole('link', { name: 'Report a problem with this page' }).click();
	await expect(page).toHaveURL(new RegExp(`^${TEST_ISSUE_TRACKER}`));
	const query = new URL(page.url()).searchParams;
	expect(query.get('title')).toBe('Problem with -18 General error');
	expect(query.get('body')).toMatch(/^Page: http:\/\/localhost:\d+\/codes\/-18\/$/m);
	expect(query.get('body')).toMatch(/^Section: How to fix it \(#fixes\)$/m);
});

test('on a command page: the command', async ({ page }) => {
	await page.goto('/commands/getclips/');
	await page.getByRole('link', { name: 'Report a problem with this page' }).click();
	expect(new URL(page.url()).searchParams.get('title')).toBe('Problem with getClips');
});
