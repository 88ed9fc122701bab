/** The guide for integrators: reachable, its snippets in five languages that follow the reader's choice, its downloads. */
import { expect, test } from '../support/shared-page';

const GUIDE = '/guides/handling-result-codes/';

test('the guide is linked from the home page and the sidebar', async ({ sharedPage: page }) => {
	await page.goto('/');
	await page.locator('main').getByRole('link', { name: 'Handling result codes' }).click();
	await expect(page).toHaveURL(GUIDE);
	await expect(
		page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Handling result codes' }),
	).toHaveAttribute('href', GUIDE);
});

test('its snippets come in five languages, and the choice of one follows to the next tabs', async ({
	page,
}) => {
	await page.goto(GUIDE);
	const tabs = page.getByRole('tablist').first().getByRole('tab');
	await expect(tabs).toHaveText(['curl', 'PowerShell', 'Python', 'C#', 'TypeScript']);
	await tabs.filter({ hasText: 'Python' }).click();
	await expect(page.getByRole('tabpanel').first()).toContainText('describe_result_code');
	await page.reload();
	await expect(
		page.getByRole('tablist').first().getByRole('tab', { name: 'Python' }),
	).toHaveAttribute('aria-selected', 'true');
});

test('on a phone, all five languages are in sight, none hidden past the edge of the strip', async ({
	page,
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(GUIDE);
	const strip = page.getByRole('tablist').first();
	await strip.scrollIntoViewIfNeeded();
	for (const tab of await strip.getByRole('tab').all())
		await expect(tab).toBeInViewport({ ratio: 1 });
});

test('its downloads are there', async ({ sharedPage: page, request }) => {
	await page.goto(GUIDE);
	for (const file of [
		'result-codes.ts',
		'result_codes.py',
		'ResultCodes.cs',
		'codes.json',
		'codes.schema.json',
	]) {
		const href = await page
			.locator('main')
			.getByRole('link', { name: file })
			.first()
			.getAttribute('href');
		expect((await request.get(new URL(href!, page.url()).pathname)).status(), file).toBe(200);
	}
});

test('it lists, from the data, the codes where retrying can help', async ({ sharedPage: page }) => {
	await page.goto(GUIDE);
	await expect(page.locator('main')).toContainText('Retrying can help');
	await expect(page.locator('main a[href="/codes/-44/"]')).toBeVisible();
});
