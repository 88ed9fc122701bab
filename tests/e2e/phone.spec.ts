/**
 * On a phone (390 × 844, a touch screen): the hints say what a finger does, not which keys to
 * press, and the search fields show their whole placeholder. With a mouse and keyboard the hints
 * speak of keys.
 */
import type { Locator } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { dialog, home } from '../support/search-ui';

/** The hint under a search field, as shown: only its visible part. */
const hintOf = (box: Locator) => box.locator('.search-hint').first();

/** How far the field's placeholder reaches past the room the field gives it, in pixels. */
function placeholderOverflow(field: Locator): Promise<number> {
	return field.evaluate((input: HTMLInputElement) => {
		const style = getComputedStyle(input);
		const context = document.createElement('canvas').getContext('2d')!;
		context.font = getComputedStyle(input, '::placeholder').font;
		const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
		return context.measureText(input.placeholder).width - room;
	});
}

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('the home page tells a finger what to do: tap a result, the magnifier searches', async ({
		page,
	}) => {
		await page.goto('/');
		const main = page.locator('main');
		await expect(hintOf(home.box(page))).toHaveText('Tap a result to open it.', {
			useInnerText: true,
		});
		await expect(main.getByText('the magnifier at the top of every page')).toBeVisible();
		await expect(main.getByText('Ctrl', { exact: true })).toBeHidden();
		expect(await placeholderOverflow(home.box(page).getByRole('combobox'))).toBeLessThanOrEqual(0);
	});

	test('the search dialog opens with a tap, says to tap a result, and a tap opens it', async ({
		page,
	}) => {
		await page.goto('/codes/');
		await page.getByRole('button', { name: 'Search' }).tap();
		const field = dialog.box(page).getByRole('combobox');
		await expect(field).toBeFocused();
		expect(await placeholderOverflow(field)).toBeLessThanOrEqual(0);
		await expect(hintOf(dialog.box(page))).toHaveText('Tap a result to open it.', {
			useInnerText: true,
		});
		await page.keyboard.type('database offline');
		await dialog.box(page).getByRole('option', { name: /^-45 / }).tap();
		await expect(page).toHaveURL('/codes/-45/');
	});
});

test('with a mouse and keyboard, the hints speak of keys', async ({ page }) => {
	await page.goto('/');
	await expect(hintOf(home.box(page))).toHaveText(/^Enter opens the first result/, {
		useInnerText: true,
	});
	await expect(page.locator('main').getByText('Ctrl', { exact: true })).toBeVisible();
	await expect(page.locator('main').getByText('the magnifier at the top')).toBeHidden();
});
