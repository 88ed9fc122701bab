/** Copy buttons for support tickets: the link, and a Markdown link, with the address the page is served from. */
import { expect, test } from '@playwright/test';

test.describe('copy buttons', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('copy the link and a Markdown link, and say so', async ({ page }) => {
		await page.goto('/codes/-18/');
		// Where the page is served from (here the test server), not the address the build was told.
		const url = new URL('/codes/-18/', page.url()).href;
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.locator('.copy-status')).toContainText('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`[VDG Sense -18 General error](${url})`);
		await expect(page.locator('.copy-status')).toContainText('[VDG Sense -18 General error]');
	});
});
