import { expect, test } from '@playwright/test';
import { codes, commands, SITE } from './data';

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

test.describe('copy buttons', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('copy the link and a Markdown link, and say so', async ({ page }) => {
		await page.goto('/codes/-18/');
		const url = new URL('/codes/-18/', SITE).href;
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.locator('.copy-status')).toContainText('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`[VDG Sense -18 General error](${url})`);
		await expect(page.locator('.copy-status')).toContainText('[VDG Sense -18 General error]');
	});
});

test('section headings have stable anchors', async ({ page }) => {
	await page.goto('/codes/-18/#fixes');
	await expect(page.locator('h2#fixes')).toBeInViewport();
	for (const id of ['meaning', 'causes', 'fixes', 'returned-by', 'related', 'provenance']) {
		await expect(page.locator(`a.sl-anchor-link[href="#${id}"]`)).toHaveCount(1);
	}
});

test('a code page has a description, link previews and a canonical URL', async ({ page }) => {
	const entry = codes.find((candidate) => candidate.code === -45)!;
	await page.goto('/codes/-45/');
	const meta = (selector: string) => page.locator(selector).getAttribute('content');
	const title = `${entry.code} ${entry.name}`;
	for (const description of [
		await meta('meta[name="description"]'),
		await meta('meta[property="og:description"]'),
		await meta('meta[name="twitter:description"]'),
	]) {
		expect(description).toContain(entry.message);
		expect(description).toContain(entry.summary);
	}
	expect(await meta('meta[property="og:title"]')).toBe(title);
	expect(await meta('meta[name="twitter:title"]')).toBe(title);
	expect(await meta('meta[property="og:url"]')).toBe(new URL('/codes/-45/', SITE).href);
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new URL('/codes/-45/', SITE).href);
});

test.describe('not found', () => {
	test('an unknown code gets a 404 that says so, with the nearest codes', async ({ page }) => {
		const response = await page.goto('/codes/-56/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('[data-not-found-message]')).toContainText('“-56”');
		const lookup = page.locator('main search-box');
		await expect(lookup.locator('.search-notices')).toContainText('No documented result code -56.');
		await expect(lookup.locator('[role="option"][href="/codes/-54/"]')).toBeVisible();
		await expect(lookup.locator('[role="option"][href="/codes/-57/"]')).toBeVisible();
	});

	test('an unknown name under /codes/ is looked up as text', async ({ page }) => {
		await page.goto('/codes/database-offlin/');
		await expect(page.getByLabel('Code, message or pasted response')).toHaveValue('database offlin');
		await expect(page.locator('main search-box [role="option"]').first()).toHaveAttribute('href', '/codes/-45/');
	});

	test('any other missing page offers the lookup and search', async ({ page }) => {
		const response = await page.goto('/no/such/page/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1')).toHaveText('Page not found');
		await expect(page.getByLabel('Code, message or pasted response')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
	});
});

test.describe('machine-readable export', () => {
	test('/codes.json lists every code as data/ has it, with the commands that return it', async ({ request }) => {
		const response = await request.get('/codes.json');
		expect(response.ok()).toBe(true);
		const exported = await response.json();
		expect(exported.version).toBe(1);
		expect(exported.codes).toHaveLength(codes.length);
		for (const entry of codes) {
			const item = exported.codes.find((candidate: { code: number }) => candidate.code === entry.code);
			expect(item).toMatchObject({
				name: entry.name,
				message: entry.message,
				summary: entry.summary,
				category: entry.category,
				triage: entry.triage,
				url: new URL(`/codes/${entry.code}/`, SITE).href,
			});
			const listedBy = commands.filter((command) => command.codes.listed.includes(entry.code)).map((c) => c.name);
			expect([...item.commands.listed].sort()).toEqual(listedBy.sort());
		}
	});

	test('/commands.json lists every command as data/ has it, with its codes', async ({ request }) => {
		const exported = await (await request.get('/commands.json')).json();
		expect(exported.version).toBe(1);
		expect(exported.commands).toHaveLength(commands.length);
		for (const command of commands) {
			const item = exported.commands.find((candidate: { name: string }) => candidate.name === command.name);
			expect(item).toMatchObject({
				category: command.category,
				summary: command.summary,
				url: new URL(`/commands/${command.name.toLowerCase()}/`, SITE).href,
				codes: { listed: command.codes.listed, likely: command.codes.likely ?? [] },
			});
		}
	});
});

test('a code page prints without navigation, with its address', async ({ page }) => {
	await page.goto('/codes/-18/');
	await page.emulateMedia({ media: 'print' });
	for (const hidden of ['header', 'nav[aria-label="Main"]', '.right-sidebar-container', '.pagination-links', '.copy-links']) {
		await expect(page.locator(hidden).first()).toBeHidden();
	}
	await expect(page.locator('.print-url')).toHaveText(new URL('/codes/-18/', SITE).href);
	await expect(page.locator('h1')).toBeVisible();
	await expect(page.locator('h2#fixes')).toBeVisible();
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
});
