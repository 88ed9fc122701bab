/**
 * With JavaScript off, a page shows nothing that needs it: no search button, no theme select, no
 * copy buttons, no controls on the codes index. The lookup's form leads to the codes index, whose
 * notice about finding the code shows only then (search.spec.ts follows the form).
 */
import { expect, test } from '@playwright/test';

const LOOKED_UP = 'Find what you looked up';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const path of ['/', '/codes/', '/codes/-18/', '/commands/getclips/']) {
		test(`${path} shows no control that needs JavaScript`, async ({ page }) => {
			await page.goto(path);
			await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
			await expect(page.getByRole('combobox', { name: 'Select theme' })).toBeHidden();
			// Expressive Code's copy buttons are in the HTML, where a page has code: none may be shown.
			await expect(page.getByRole('button', { name: 'Copy to clipboard' })).toHaveCount(0);
		});
	}

	test('the codes index is complete, without controls, and says nothing of a lookup nobody made', async ({
		page,
	}) => {
		await page.goto('/codes/');
		await expect(page.getByLabel('Order')).toBeHidden();
		await expect(page.getByLabel('Who acts first')).toBeHidden();
		await expect(page.getByRole('complementary', { name: LOOKED_UP })).toBeHidden();
		await expect(page.locator('a[href="/codes/-18/"]').first()).toBeVisible();
	});
});

test('with JavaScript, the codes index says nothing of a lookup made without it', async ({
	page,
}) => {
	await page.goto('/codes/?q=-18#looked-up');
	await expect(page.getByLabel('Order')).toBeVisible();
	await expect(page.getByRole('complementary', { name: LOOKED_UP })).toBeHidden();
});
