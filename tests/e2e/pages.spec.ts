import { expect, test } from '../support/shared-page';
import { codes, commands } from '../support/data';

test.describe('code pages', () => {
	for (const entry of codes) {
		test(`${entry.code} has its page with name, message and example`, async ({ sharedPage: page }) => {
			await page.goto(`/codes/${entry.code}/`);
			await expect(page.locator('h1')).toHaveText(`${entry.code} ${entry.name}`);
			const message = page.locator('.vendor-message');
			await expect(message).toContainText(entry.message || /gives? no message for this code/);
			await expect(page.locator('.expressive-code').first()).toContainText(
				`<result errorcode="${entry.code}">`
			);
			// Success has nothing to fix: no causes, no fixes.
			for (const id of ['meaning', 'returned-by', 'provenance', ...(entry.code === 0 ? [] : ['causes', 'fixes'])]) {
				await expect(page.locator(`h2#${id}`)).toBeVisible();
			}
			await expect(page.locator('h2#causes, h2#fixes')).toHaveCount(entry.code === 0 ? 0 : 2);
			// Triage near the top, labelled as our reading.
			const triage = page.locator('.triage');
			await expect(triage).toContainText('Our reading:');
			await expect(triage).toContainText(entry.triage.note.replace(/`/g, ''));
			expect((await triage.boundingBox())!.y).toBeLessThan((await page.locator('h2#meaning').boundingBox())!.y);
			// An example shows the whole exchange: the request, the result it gets, the corrected request.
			if (entry.example) {
				const example = page.locator('section[aria-labelledby="example"] .expressive-code');
				await expect(example.nth(0)).toContainText(entry.example.request);
				await expect(example.nth(1)).toContainText(`<result errorcode="${entry.code}">`);
				if (entry.example.fixed) await expect(example.nth(2)).toContainText(entry.example.fixed);
			}
			// "Returned by" opens with a sentence, not a sub-heading, and links back to every command
			// that lists the code (and apart, those that likely return it).
			const returnedBy = page.locator('section[aria-labelledby="returned-by"]');
			expect(await returnedBy.locator('> :nth-child(2)').evaluate((node) => node.tagName)).toBe('P');
			for (const command of commands.filter((candidate) => candidate.codes.listed.includes(entry.code))) {
				await expect(returnedBy.locator(`a[href="/commands/${command.name.toLowerCase()}/"]`), command.name).toBeVisible();
			}
			const likely = commands.filter((candidate) => candidate.codes.likely.includes(entry.code));
			await expect(returnedBy.locator('h3', { hasText: 'Likely' })).toHaveCount(likely.length > 0 ? 1 : 0);
			for (const command of likely) {
				await expect(returnedBy.locator(`a[href="/commands/${command.name.toLowerCase()}/"]`), command.name).toBeVisible();
			}
		});
	}

	test('the four kinds of provenance have four distinct badges, by sign as well as colour', async ({ sharedPage: page }) => {
		const looks = new Set<string>();
		for (const provenance of ['confirmed', 'row-order', 'conflicting', 'not-in-table']) {
			const entry = codes.find((candidate) => candidate.provenance === provenance)!;
			await page.goto(`/codes/${entry.code}/`);
			const badge = page.locator('.code-facts .provenance-badge');
			const look = await badge.evaluate((node) => {
				const sign = getComputedStyle(node, '::before').content;
				return { sign, colour: getComputedStyle(node).backgroundColor };
			});
			expect(look.sign, provenance).not.toMatch(/^(?:none|normal)$/);
			looks.add(look.sign);
			looks.add(look.colour);
		}
		expect(looks.size).toBe(8);
	});

	test('link to the previous and next code', async ({ sharedPage: page }) => {
		await page.goto('/codes/-18/');
		await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', '/codes/-17/');
		await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', '/codes/-19/');
		await page.locator('a[rel="next"]').click();
		await expect(page.locator('h1')).toHaveText('-19 No dome');
	});

	test('link to their related codes', async ({ sharedPage: page }) => {
		const entry = codes.find((candidate) => candidate.related.length > 0)!;
		await page.goto(`/codes/${entry.code}/`);
		const related = page.locator('section[aria-labelledby="related"]');
		for (const code of entry.related) {
			await expect(related.locator(`a[href="/codes/${code}/"]`).first()).toBeVisible();
		}
	});
});

test.describe('command pages', () => {
	for (const command of commands) {
		test(`${command.name} has its page, linking to every code it can return`, async ({ sharedPage: page }) => {
			await page.goto(`/commands/${command.name.toLowerCase()}/`);
			await expect(page.locator('h1')).toHaveText(command.name);
			const results = page.locator('section[aria-labelledby="result-codes"]');
			for (const code of [...command.codes.listed, ...command.codes.likely]) {
				await expect(results.locator(`a[href="/codes/${code}/"]`).first()).toBeVisible();
			}
		});
	}
});

test.describe('indexes', () => {
	test('the codes index links every code, with its name and message', async ({ sharedPage: page }) => {
		await page.goto('/codes/');
		for (const entry of codes) {
			const row = page.locator('tr', { has: page.locator(`a[href="/codes/${entry.code}/"]`) }).first();
			await expect(row).toContainText(entry.name);
			if (entry.message) await expect(row).toContainText(entry.message);
		}
	});

	test('the codes index shows who acts first, and can show only the codes one kind of person acts on', async ({ sharedPage: page }) => {
		await page.goto('/codes/');
		const callerCodes = codes.filter((entry) => entry.triage.actsFirst === 'caller');
		await page.getByLabel('Who acts first').selectOption('caller');
		const shown = page.locator('table tbody:visible tr[data-code]:visible td.code-number');
		await expect(shown).toHaveCount(callerCodes.length);
		expect((await shown.allTextContents()).map(Number).sort((a, b) => b - a)).toEqual(callerCodes.map((entry) => entry.code).sort((a, b) => b - a));
		await expect(page.getByRole('status')).toHaveText(`${callerCodes.length} of ${codes.length} codes shown.`);
		// With the list by number too, and the category headings of empty groups hidden.
		await page.getByLabel('Order').selectOption('number');
		await expect(shown).toHaveCount(callerCodes.length);
		await page.getByLabel('Who acts first').selectOption('');
		await expect(shown).toHaveCount(codes.length);
	});

	test('the codes index does not repeat the category in every row', async ({ sharedPage: page }) => {
		await page.goto('/codes/');
		await expect(page.locator('table thead th')).toHaveText([/^Code$/, /^Name and the vendor’s message$/, /^Who acts first/]);
	});

	test('the commands index names each listed code', async ({ sharedPage: page }) => {
		await page.goto('/commands/');
		const getClips = page.locator('tr', { has: page.locator('a[href="/commands/getclips/"]') });
		for (const code of commands.find((command) => command.name === 'getClips')!.codes.listed) {
			const entry = codes.find((candidate) => candidate.code === code)!;
			await expect(getClips.locator(`a[href="/codes/${code}/"]`)).toHaveText(`${code} ${entry.name}`);
		}
	});

	test('the codes index can list the codes by number', async ({ sharedPage: page }) => {
		await page.goto('/codes/');
		await page.getByLabel('Order').selectOption('number');
		const numbers = await page.locator('table tbody:visible tr[data-code] td.code-number').allTextContents();
		expect(numbers.map(Number)).toEqual(codes.map((entry) => entry.code).sort((a, b) => b - a));
	});

	test('the commands index links every command', async ({ sharedPage: page }) => {
		await page.goto('/commands/');
		for (const command of commands) {
			await expect(page.locator(`a[href="/commands/${command.name.toLowerCase()}/"]`)).toBeVisible();
		}
	});

	test('the home page shows a result and leads to both indexes', async ({ sharedPage: page }) => {
		await page.goto('/');
		await expect(page).toHaveTitle('VDG Sense result codes');
		await expect(page.locator('.expressive-code').first()).toContainText('<result errorcode="-18">');
		await page.getByRole('link', { name: 'All result codes' }).first().click();
		await expect(page).toHaveURL('/codes/');
		await page.goto('/');
		await page.locator('main').getByRole('link', { name: 'All commands' }).click();
		await expect(page).toHaveURL('/commands/');
	});
});
