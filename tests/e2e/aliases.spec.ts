/** Other URLs of a code lead to its page: the number without its sign, and the name. */
import { expect, test } from '@playwright/test';
import { codes } from '../support/data';

/** The alias rule from the README: the name in lower case, words joined by "-". */
const nameAlias = (name: string) =>
	name
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

test.describe('aliases', () => {
	for (const entry of codes) {
		test(`${entry.code}: the number without its sign and the name lead to its page`, async ({ page }) => {
			const aliases = [nameAlias(entry.name), ...(entry.code < 0 ? [String(-entry.code)] : [])];
			for (const alias of aliases) {
				await page.goto(`/codes/${alias}/`);
				await expect(page).toHaveURL(`/codes/${entry.code}/`);
				await expect(page.locator('h1')).toHaveText(`${entry.code} ${entry.name}`);
			}
		});
	}

	test('the examples from support tickets work', async ({ page }) => {
		for (const alias of ['45', 'database-offline']) {
			await page.goto(`/codes/${alias}/`);
			await expect(page).toHaveURL('/codes/-45/');
		}
	});
});
