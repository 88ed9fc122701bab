/**
 * Layouts at a phone's width (390 × 844) and a laptop's (1280 × 800), on every kind of page and in
 * the open search dialog: no element sticks out of the viewport, no table is wider than its
 * container, and no text is clipped.
 */
import { layoutProblems } from '../support/layout';
import { expect, test } from '../support/shared-page';
import { enterQuery } from '../support/search-ui';

const PAGES = [
	'/',
	'/codes/',
	'/codes/0/',
	'/codes/-18/',
	'/codes/-26/',
	'/codes/-58/',
	'/commands/',
	'/commands/getclips/',
	'/commands/executeaction/',
	'/results/',
	'/codes/-56/',
];
const VIEWPORTS = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 },
];

for (const viewport of VIEWPORTS) {
	test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
		for (const path of PAGES) {
			test(`${path}: everything fits, nothing is clipped`, async ({ sharedPage: page }) => {
				await page.setViewportSize(viewport);
				await page.goto(path);
				expect(await layoutProblems(page)).toEqual([]);
			});
		}

		test('the search dialog with results: everything fits, nothing is clipped', async ({
			sharedPage: page,
		}) => {
			await page.setViewportSize(viewport);
			await page.goto('/codes/-18/');
			await page.keyboard.press('Control+k');
			await enterQuery(page, 'camera offline');
			await expect(page.locator('dialog [role="option"][data-kind="page"]').first()).toBeVisible();
			expect(await layoutProblems(page)).toEqual([]);
		});
	});
}

test.describe('home page at 1280 × 800', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('the lookup field is above the fold', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByLabel('Code, message or pasted response')).toBeInViewport({ ratio: 1 });
	});
});
