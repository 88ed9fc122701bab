import { expect, test } from '@playwright/test';
import { codes, commands } from './data';

test.describe('code pages', () => {
	for (const entry of codes) {
		test(`${entry.code} has its page with name, message and example`, async ({ page }) => {
			await page.goto(`/codes/${entry.code}/`);
			await expect(page.locator('h1')).toHaveText(`${entry.code} ${entry.name}`);
			const message = page.locator('.vendor-message');
			await expect(message).toContainText(entry.message || /gives? no message for this code/);
			await expect(page.locator('.expressive-code').first()).toContainText(
				`<result errorcode="${entry.code}">`
			);
			for (const id of ['meaning', 'causes', 'fixes', 'returned-by', 'provenance']) {
				await expect(page.locator(`h2#${id}`)).toBeVisible();
			}
		});
	}

	test('link to the previous and next code', async ({ page }) => {
		await page.goto('/codes/-18/');
		await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', '/codes/-17/');
		await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', '/codes/-19/');
		await page.locator('a[rel="next"]').click();
		await expect(page.locator('h1')).toHaveText('-19 No dome');
	});

	test('link to their related codes', async ({ page }) => {
		const entry = codes.find((candidate) => (candidate.related ?? []).length > 0)!;
		await page.goto(`/codes/${entry.code}/`);
		const related = page.locator('section[aria-labelledby="related"]');
		for (const code of entry.related!) {
			await expect(related.locator(`a[href="/codes/${code}/"]`).first()).toBeVisible();
		}
	});
});

test.describe('command pages', () => {
	for (const command of commands) {
		test(`${command.name} has its page, linking to every code it can return`, async ({ page }) => {
			await page.goto(`/commands/${command.name.toLowerCase()}/`);
			await expect(page.locator('h1')).toHaveText(command.name);
			const results = page.locator('section[aria-labelledby="result-codes"]');
			for (const code of [...command.codes.listed, ...(command.codes.likely ?? [])]) {
				await expect(results.locator(`a[href="/codes/${code}/"]`).first()).toBeVisible();
			}
		});
	}
});

test.describe('links between codes and commands go both ways', () => {
	for (const command of commands.filter((candidate) => candidate.codes.listed.length > 0)) {
		test(`codes listed by ${command.name} link back to it`, async ({ page }) => {
			for (const code of command.codes.listed) {
				await page.goto(`/codes/${code}/`);
				await expect(
					page.locator(`section[aria-labelledby="returned-by"] a[href="/commands/${command.name.toLowerCase()}/"]`)
				).toBeVisible();
			}
		});
	}

	test('a likely code is shown apart from the listed ones', async ({ page }) => {
		const command = commands.find((candidate) => (candidate.codes.likely ?? []).length > 0)!;
		await page.goto(`/codes/${command.codes.likely![0]}/`);
		const likely = page.locator('section[aria-labelledby="returned-by"] h3', { hasText: 'Likely' });
		await expect(likely).toBeVisible();
		await expect(
			page.locator(`section[aria-labelledby="returned-by"] a[href="/commands/${command.name.toLowerCase()}/"]`)
		).toBeVisible();
	});
});

test.describe('indexes', () => {
	test('the codes index links every code, with its name and message', async ({ page }) => {
		await page.goto('/codes/');
		for (const entry of codes) {
			const row = page.locator('tr', { has: page.locator(`a[href="/codes/${entry.code}/"]`) }).first();
			await expect(row).toContainText(entry.name);
			if (entry.message) await expect(row).toContainText(entry.message);
		}
	});

	test('the codes index can list the codes by number', async ({ page }) => {
		await page.goto('/codes/');
		await page.getByLabel('Order').selectOption('number');
		const numbers = await page.locator('table tbody:visible tr[data-code] td.code-number').allTextContents();
		expect(numbers.map(Number)).toEqual(codes.map((entry) => entry.code).sort((a, b) => b - a));
	});

	test('the commands index links every command', async ({ page }) => {
		await page.goto('/commands/');
		for (const command of commands) {
			await expect(page.locator(`a[href="/commands/${command.name.toLowerCase()}/"]`)).toBeVisible();
		}
	});

	test('the home page shows a result and leads to both indexes', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('.expressive-code').first()).toContainText('<result errorcode="-18">');
		await page.getByRole('link', { name: 'All result codes' }).first().click();
		await expect(page).toHaveURL('/codes/');
		await page.goto('/');
		await page.locator('main').getByRole('link', { name: 'All commands' }).click();
		await expect(page).toHaveURL('/commands/');
	});
});
