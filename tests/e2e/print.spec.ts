/** A code page on paper: A4, no navigation, its address on top, on as few sheets as its text fills. */
import { expect, test } from '@playwright/test';

/** How many sheets a PDF from Chromium has: the page tree's count. */
const sheets = (pdf: Buffer) =>
	Number(/\/Type \/Pages\b[^>]*?\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);

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

test('a code page fills its sheets: -18 and -45 take two of A4, not a third for their last lines', async ({
	page,
}) => {
	for (const code of [-18, -45]) {
		await page.goto(`/codes/${code}/`);
		expect(sheets(await page.pdf({ format: 'A4' })), `${code}`).toBe(2);
	}
});
