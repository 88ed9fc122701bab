/**
 * Search through the real UI: the search dialog and the home page's lookup field, with the query
 * corpus in search-corpus.ts. Every query must find its page within the first three results; the
 * share that finds it first is printed.
 */
import { expect, test, type Page } from '@playwright/test';
import { corpus, POSITIVE_VALUES, type SearchCase } from './search-corpus';

/** Links in the order a user meets them: lookup results first, then full-text results. */
const DIALOG_RESULTS =
	'.code-lookup-list a[data-lookup-go], .code-lookup-list .lookup-positive a, .pagefind-ui__result-link';
const HOME_RESULTS =
	'.code-lookup-list a[data-lookup-go], .code-lookup-list .lookup-positive a, .lookup-fulltext a';

interface Surface {
	name: string;
	/** The list of lookup results. */
	lookupList: string;
	open(page: Page): Promise<void>;
	/** Types the query and returns the result links once they have settled. */
	search(page: Page, query: string): Promise<string[]>;
}

/** Starlight loads Pagefind's search field when the browser is idle after loading the page. */
async function openDialog(page: Page): Promise<void> {
	await page.locator('#starlight__search input').waitFor({ state: 'attached' });
	await page.keyboard.press('Control+k');
	await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Search' })).toBeFocused();
}

async function settledLinks(page: Page, selector: string): Promise<string[]> {
	let previous = '';
	// Full-text results arrive after a debounce; wait until two reads in a row agree.
	for (let attempt = 0; attempt < 40; attempt++) {
		await page.waitForTimeout(150);
		const links = await page.locator(selector).evaluateAll((nodes) =>
			nodes.filter((node) => (node as HTMLElement).offsetParent !== null).map((node) => node.getAttribute('href') ?? '')
		);
		const current = JSON.stringify(links);
		if (links.length > 0 && current === previous) return pagesOnce(links);
		previous = current;
	}
	return pagesOnce(JSON.parse(previous || '[]'));
}

/** One entry per page: Pagefind lists a page's sections under it, and they are not other results. */
function pagesOnce(links: string[]): string[] {
	const pages: string[] = [];
	for (const link of links) {
		const page = link === POSITIVE_VALUES ? link : link.replace(/#.*$/, '');
		if (!pages.includes(page)) pages.push(page);
	}
	return pages;
}

const dialog: Surface = {
	name: 'search dialog',
	lookupList: 'dialog .code-lookup-list',
	async open(page) {
		await page.goto('/codes/');
		await openDialog(page);
	},
	async search(page, query) {
		const input = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
		await input.fill(query);
		// Pagefind's UI searches after a debounce; wait until its message names this query, so that
		// the previous query's results are not read as this one's.
		const term = (await input.inputValue()).trim();
		await expect(page.locator('.pagefind-ui__message')).toContainText(term);
		return settledLinks(page, DIALOG_RESULTS);
	},
};

const home: Surface = {
	name: 'home page lookup',
	lookupList: 'form.lookup-form .code-lookup-list',
	async open(page) {
		await page.goto('/');
	},
	async search(page, query) {
		await page.getByLabel('Code, message or pasted response').fill(query);
		// The full-text list is marked busy from the edit until its results are shown.
		await expect(page.locator('form.lookup-form .lookup-fulltext[aria-busy="true"]')).toHaveCount(0);
		return settledLinks(page, HOME_RESULTS);
	},
};

for (const surface of [dialog, home]) {
	test(`${surface.name}: every corpus query finds its page within the first three results`, async ({ page }) => {
		test.setTimeout(240_000);
		await surface.open(page);
		const misses: string[] = [];
		let firsts = 0;
		const queries = corpus.filter((entry): entry is SearchCase & { page: string } => entry.page !== null);
		for (const { query, page: expected } of queries) {
			const links = await surface.search(page, query);
			const rank = links.indexOf(expected);
			if (rank === 0) firsts += 1;
			if (rank < 0 || rank > 2) misses.push(`${JSON.stringify(query)} → ${links.slice(0, 3).join(', ') || 'nothing'} (wanted ${expected})`);
		}
		console.log(
			`${surface.name}: top-1 ${firsts}/${queries.length} (${Math.round((100 * firsts) / queries.length)} %), ` +
				`top-3 ${queries.length - misses.length}/${queries.length}`
		);
		expect(misses, 'queries whose page is not in the first three results').toEqual([]);
	});

	test(`${surface.name}: an undocumented code says so and lands on no page`, async ({ page }) => {
		await surface.open(page);
		for (const { query } of corpus.filter((entry) => entry.page === null)) {
			await surface.search(page, query).catch(() => []);
			const list = page.locator(surface.lookupList);
			await expect(list.locator('li').first()).toContainText('No documented result code');
			await expect(list.locator('a[data-lookup-go]')).toHaveCount(0);
			const url = page.url();
			await page.keyboard.press('Enter');
			await page.waitForTimeout(300);
			expect(page.url()).toBe(url);
		}
	});

	test(`${surface.name}: Enter opens the code's page`, async ({ page }) => {
		await surface.open(page);
		await surface.search(page, '\u221245');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL('/codes/-45/');
		await expect(page.locator('h1')).toHaveText('-45 Database offline');
	});
}

test('the dialog shows only the lookup for a query that is just a code', async ({ page }) => {
	await dialog.open(page);
	await dialog.search(page, '-1');
	await expect(page.locator('.code-lookup-list a[data-lookup-go]')).toHaveText('Go to -1 Not implemented');
	await expect(page.locator('.pagefind-ui__result-link:visible')).toHaveCount(0);
});

test('the lookup announces what it found', async ({ page }) => {
	await dialog.open(page);
	await dialog.search(page, 'code 18');
	await expect(page.getByRole('dialog').getByRole('status')).toHaveText(
		'Go to -18 General error: press Enter to open it.'
	);
	await home.open(page);
	await home.search(page, '-56');
	await expect(page.locator('form.lookup-form').getByRole('status')).toHaveText(/No documented result code -56\./);
});

test('the home page lists every code in a pasted log, each with its name and link', async ({ page }) => {
	await home.open(page);
	const log = [
		'10:00:01 getLiveImage <result errorcode="-2"><description>No device</description></result>',
		'10:00:02 getLiveImage <result errorcode="-21"><description>Device not active</description></result>',
		'10:00:03 osm <result errorcode="-58"/>',
		'10:00:04 getLiveImage <result errorcode="-2"/>',
	].join('\n');
	await home.search(page, log);
	const rows = page.locator('.code-lookup-list a[data-lookup-go]');
	await expect(rows).toHaveText(['Go to -2 No device', 'Go to -21 Device not active', 'Go to -58 Invalid osmindex']);
	await expect(rows.nth(1)).toHaveAttribute('href', '/codes/-21/');
});

test('the lookup works by keyboard alone', async ({ page }) => {
	await page.goto('/commands/');
	await openDialog(page);
	await page.keyboard.type('-19');
	await expect(page.locator('.code-lookup-list a[data-lookup-go]')).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/codes/-19/');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the home page lookup leads to the codes index', async ({ page }) => {
		await page.goto('/');
		await page.getByLabel('Code, message or pasted response').fill('-18');
		await page.getByRole('button', { name: 'Look up' }).click();
		await expect(page).toHaveURL(/\/codes\/\?q=-18$/);
		await expect(page.locator('a[href="/codes/-18/"]').first()).toBeVisible();
	});
});
