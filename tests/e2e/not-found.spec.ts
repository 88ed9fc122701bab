/** Missing pages: an unknown code says so, with the nearest codes; anything else offers the lookup. */
import { expect, test } from '../support/shared-page';

test.describe('not found', () => {
	test('an unknown code gets a 404 that says so, with the nearest codes', async ({
		sharedPage: page,
	}) => {
		const response = await page.goto('/codes/-56/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('[data-not-found-message]')).toContainText('“-56”');
		const lookup = page.locator('main search-box');
		await expect(lookup.locator('.search-notices')).toContainText('No documented result code -56.');
		await expect(lookup.locator('[role="option"][href="/codes/-54/"]')).toBeVisible();
		await expect(lookup.locator('[role="option"][href="/codes/-57/"]')).toBeVisible();
	});

	test('an unknown name under /codes/ is looked up as text', async ({ sharedPage: page }) => {
		await page.goto('/codes/database-offlin/');
		await expect(page.getByLabel('Code, message or pasted response')).toHaveValue(
			'database offlin',
		);
		await expect(page.locator('main search-box [role="option"]').first()).toHaveAttribute(
			'href',
			'/codes/-45/',
		);
	});

	test('any other missing page offers the lookup and search', async ({ sharedPage: page }) => {
		const response = await page.goto('/no/such/page/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1')).toHaveText('Page not found');
		await expect(page.getByLabel('Code, message or pasted response')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
	});
});
