/** Copy buttons for support tickets: the link, and a Markdown link, with the address the page is served from. */
import { expect, test } from '@playwright/test';
import { codePagePath, codes } from '../support/data';

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
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`[VDG Sense -18 General error](${url})`,
		);
		await expect(page.locator('.copy-status')).toContainText('[VDG Sense -18 General error]');
	});

	// The result block is rendered two ways (src/components/ResultExample.astro): alone on a page, and beside an example.
	const withoutExample = codes.find((entry) => !entry.example)!;
	const withExample = codes.find((entry) => entry.example)!;
	for (const entry of [withoutExample, withExample]) {
		test(`copy the result block of ${entry.code} (${entry.example ? 'with' : 'without'} an example)`, async ({
			page,
		}) => {
			await page.goto(codePagePath(entry.code));
			const block = page.locator('.expressive-code').first();
			await block.hover();
			await block.getByRole('button', { name: 'Copy to clipboard' }).click();
			await expect(block.getByText('Copied!')).toBeVisible();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
				`<result errorcode="${entry.code}">\n  <description>${entry.name}</description>\n</result>`,
			);
			// Expressive Code's stylesheet, once.
			await expect(page.locator('link[rel="stylesheet"][href*="/ec."]')).toHaveCount(1);
		});
	}
});
