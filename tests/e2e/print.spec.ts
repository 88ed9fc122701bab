/** A code page on paper: A4, no navigation, its address on top. */
import { expect, test } from '@playwright/test';

test('a code page prints without navigation, with its address', async ({ page }) => {
	await page.goto('/codes/-18/');
	await page.emulateMedia({ media: 'print' });
	for (const hidden of [
		'header',
		'nav[aria-label="Main"]',
		'.right-sidebar-container',
		'.pagination-links',
		'.copy-links',
	]) {
		await expect(page.locator(hidden).first()).toBeHidden();
	}
	await expect(page.locator('.print-url')).toHaveText(new URL('/codes/-18/', page.url()).href);
	await expect(page.locator('h1')).toBeVisible();
	await expect(page.locator('h2#fixes')).toBeVisible();
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
});
