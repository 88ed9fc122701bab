import { expect, test } from '@playwright/test';

test.describe('search dialog', () => {
	for (const [query, code] of [
		['An undefined error occured', -18],
		['Database offline', -45],
		['osmindex', -58],
	] as const) {
		test(`finds the page of ${code} by “${query}”`, async ({ page }) => {
			await page.goto('/');
			await page.getByRole('button', { name: 'Search' }).click();
			const dialog = page.getByRole('dialog');
			await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
			const results = dialog.locator('.pagefind-ui__result-link');
			await expect(results.first()).toBeVisible();
			const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
			expect(hrefs.slice(0, 3)).toContain(`/codes/${code}/`);
		});
	}
});
