/**
 * The offline edition as an engineer on an isolated network uses it: downloaded from the site, then
 * opened from file:// with the network off, any request to anything but the file failing the test;
 * searched by keyboard, read on a phone, in both colour schemes and on paper.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { axeViolations, COLOUR_RULES, installAxe } from '../support/axe';
import { codes, commands, SITE } from '../support/data';
import { DIST } from '../support/dist-files';
import { layoutProblems } from '../support/layout';
import { pastedCases } from '../support/pasted-texts';
import { enterQuery, home, paste, settled } from '../support/search-ui';
import { corpus, undocumented } from './search-corpus';

const FILE = pathToFileURL(join(DIST, 'vdg-sense-result-codes.html')).href;

/** Where the file answers what a site page answers: a code's or a command's article, or what positive values mean. */
function anchorOf(path: string): string {
	const [, kind, name] = /^\/(codes|commands)\/([^/]+)\/$/.exec(path) ?? [];
	if (kind) return `#${kind === 'codes' ? 'code' : 'command'}-${name}`;
	return path.replace(/^[^#]*/, '');
}

/**
 * Takes a page's network away; returns the requests it then makes to anything but `file`, as they
 * come.
 */
async function offline(page: Page, file: string): Promise<string[]> {
	const requests: string[] = [];
	page.on('request', (request) => {
		if (request.url().replace(/#.*$/, '') !== file) requests.push(request.url());
	});
	await page.context().setOffline(true);
	return requests;
}

/**
 * A page without a network, to open the built file in (`page.goto(FILE)`, once set up as the test
 * needs): a request to anything but the file fails the test.
 */
const test = base.extend<{ offlinePage: Page }>({
	offlinePage: async ({ page }, use) => {
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
		const requests = await offline(page, FILE);
		await use(page);
		expect(requests, 'requests to anything but the file').toEqual([]);
	},
});

const field = (page: Page) => page.getByRole('combobox');
const search = (page: Page) => page.getByRole('search');

/** The articles the answer offers, in order: the file answers each key at once, in the key's own handler. */
const articlesFound = (page: Page) =>
	search(page)
		.getByRole('option')
		.evaluateAll((options) => options.map((option) => option.getAttribute('href') ?? ''));

test('opens to a focused search field, naming its date, its data and the site', async ({
	offlinePage: page,
}) => {
	await page.goto(FILE);
	await expect(field(page)).toBeFocused();
	await expect(page.locator('h1')).toHaveText('VDG Sense result codes');
	const edition = page.locator('.edition');
	await expect(edition).toContainText(/Offline edition of \d{4}-\d\d-\d\d/);
	await expect(edition).toContainText(
		`${codes.length} result codes and ${commands.length} commands, from data version 1`,
	);
	await expect(edition.getByRole('link', { name: `${SITE}/` })).toHaveAttribute('href', `${SITE}/`);
});

test('looks a code up as it is typed: with its sign, without, with a typographic minus', async ({
	offlinePage: page,
}) => {
	await page.goto(FILE);
	const first = search(page).getByRole('option').first();
	await page.keyboard.type('-18');
	await expect(first).toHaveAttribute('href', '#code--18');
	await expect(first).toContainText('-18 General error');
	await enterQuery(page, '18');
	await expect(first).toContainText('Read as -18: error codes are negative.');
	await enterQuery(page, '\u221245');
	await expect(first).toHaveAttribute('href', '#code--45');
	await expect(first).toContainText('-45 Database offline');
	await expect(search(page).locator('.search-status')).toHaveText(
		'1 result. Enter opens -45 Database offline.',
	);
});

test('a pasted response or log lists every code in it', async ({ offlinePage: page }) => {
	await page.goto(FILE);
	await paste(
		page,
		[
			'10:00:01 getLiveImage <result errorcode="-2"><description>No device</description></result>',
			'10:00:03 osm <result errorcode="-58"/>',
		].join('\n'),
	);
	await expect(search(page).getByRole('option').locator('.search-option-title')).toHaveText([
		'-2 No device',
		'-58 Invalid osmindex',
	]);
});

test('a pasted request is read, and a code copied for a ticket, as on the site', async ({
	offlinePage: page,
	browser,
	baseURL,
}) => {
	const request =
		'http://vms01/command?command=addClip&severid=1&deviceid=2&startdate=2026-11-26 10:00:00&enddate=26/11/2026';
	const pasted = `${request}\n<result errorcode="-33"><description>No serverId parameter found</description></result>`;
	const entry = codes.find((code) => code.code === -33)!;
	const copyAsJira = async (box: Locator) => {
		await box.getByRole('radio', { name: 'Jira' }).check();
		await box.getByRole('button', { name: `Copy ${entry.code} ${entry.name} for ticket` }).click();
		await expect(box.locator('.ticket-status')).toHaveText(
			`Copied ${entry.code} for a ticket, as Jira.`,
		);
		return box.page().evaluate(() => navigator.clipboard.readText());
	};

	const context = await browser.newContext({
		baseURL: baseURL!,
		permissions: ['clipboard-read', 'clipboard-write'],
	});
	const site = await context.newPage();
	await home.open(site);
	await paste(site, pasted);
	await settled(home.box(site));
	const siteNotices = await home.box(site).locator('.search-notices').innerText();
	const siteTicket = await copyAsJira(home.box(site));
	await context.close();

	await page.goto(FILE);
	await paste(page, pasted);
	const notices = search(page).locator('.search-notices');
	await expect(notices).toContainText('The request calls addClip.');
	await expect(notices).toContainText(
		'severid is not a parameter that addClip documents: did you mean serverid?',
	);
	expect(await notices.innerText()).toBe(siteNotices);
	await expect(notices.getByRole('link', { name: 'addClip' })).toHaveAttribute(
		'href',
		'#command-addclip',
	);
	// The file links the code's page on the site, whose address the build knew.
	expect(await copyAsJira(search(page))).toBe(
		siteTicket.replaceAll(new URL(baseURL!).origin, SITE),
	);
	expect(siteTicket).toContain(`{noformat}\n${request}\n{noformat}`);
});

/**
 * A sample of the pasted texts of tests/support/pasted-texts.ts (every third), pasted into the file:
 * the same statements, the same first articles (Enter opening the first), and the same ticket. All
 * of them are answered on both editions' engines in Node (tests/search/pasted-texts.test.ts).
 */
test('a sample of pasted texts is read as the site reads them: what it says, what comes first, what a ticket holds', async ({
	offlinePage: page,
}) => {
	test.setTimeout(120_000);
	await page.goto(FILE);
	const box = search(page);
	const problems: string[] = [];
	for (const entry of pastedCases.filter((_, index) => index % 3 === 0)) {
		const problem = (what: string) => problems.push(`${JSON.stringify(entry.pasted)}: ${what}`);
		await page.keyboard.press('Control+a');
		await paste(page, entry.pasted);
		await settled(box);
		const notices = await box.locator('.search-notices').innerText();
		for (const statement of entry.says ?? [])
			if (!statement.test(notices)) problem(`does not say ${statement}`);
		for (const statement of entry.saysNot ?? [])
			if (statement.test(notices)) problem(`says ${statement}`);
		const found = await articlesFound(page);
		if (entry.first) {
			const wanted = entry.first.map(anchorOf);
			if (JSON.stringify(found.slice(0, wanted.length)) !== JSON.stringify(wanted))
				problem(`first ${found.slice(0, wanted.length).join(', ')}, not ${wanted.join(', ')}`);
			const active = await field(page).getAttribute('aria-activedescendant');
			const first = await box.getByRole('option').first().getAttribute('id');
			if (!active || active !== first) problem('Enter does not open the first article');
		}
		for (const path of entry.notFirst ?? [])
			if (found.slice(0, 4).includes(anchorOf(path))) problem(`${path} among the first four`);
		if (entry.ticket || entry.ticketNot) {
			await box.getByRole('radio', { name: 'Plain text' }).check();
			await box.locator('.ticket-buttons button').first().click();
			await expect(box.locator('.ticket-status')).toContainText('Copied');
			const ticket = await page.evaluate(() => navigator.clipboard.readText());
			for (const statement of entry.ticket ?? [])
				if (!statement.test(ticket)) problem(`ticket lacks ${statement}`);
			for (const statement of entry.ticketNot ?? [])
				if (statement.test(ticket)) problem(`ticket holds ${statement}`);
			await field(page).focus();
		}
	}
	expect(problems).toEqual([]);
});

/**
 * A sample of the site's corpus, typed: every twentieth query, from a start the site's surfaces do
 * not type (search.spec.ts). The whole corpus is judged on the file's engine in Node
 * (tests/search/corpus.test.ts).
 */
test('a sample of the site’s corpus, typed, lands a right article within the first three results', async ({
	offlinePage: page,
}) => {
	await page.goto(FILE);
	const misses: string[] = [];
	for (const { query, pages } of corpus.filter((_, index) => index % 20 === 5)) {
		await enterQuery(page, query);
		const found = await articlesFound(page);
		const wanted = pages.map(anchorOf);
		const rank = found.findIndex((href) => wanted.includes(href));
		if (rank < 0 || rank > 2)
			misses.push(
				`${JSON.stringify(query)} → ${found.slice(0, 3).join(', ') || 'nothing'} (wanted ${wanted.join(' or ')})`,
			);
	}
	expect(misses, 'queries without a right article in the first three results').toEqual([]);
});

test('searches the words people use for the vendor’s words too, as the site does, and says so', async ({
	offlinePage: page,
}) => {
	await page.goto(FILE);
	await page.keyboard.type('sql server down');
	expect((await articlesFound(page))[0]).toBe('#code--45');
	await expect(search(page).locator('.search-notices')).toContainText(
		'Also searched for the vendor’s words database (for “sql server”).',
	);
	await enterQuery(page, 'verbinding verbroken');
	expect((await articlesFound(page))[0]).toBe('#code--53');
	await expect(search(page).locator('.search-notices')).toContainText(
		'Also searched for the vendor’s words no connection / connection lost (for “verbinding verbroken”).',
	);
});

test('an undocumented code says so and what to do next, offers the codes around it only where it falls between two, and Enter opens nothing, as the hint says', async ({
	offlinePage: page,
}) => {
	await page.goto(FILE);
	for (const query of undocumented) {
		await enterQuery(page, query);
		await expect(search(page).locator('.search-notices')).toContainText(
			'No documented result code',
		);
		await expect(search(page).locator('.search-notices')).toContainText(
			'The vendor’s table does not have it',
		);
		const value = Number(/-?\d+/.exec(query)![0]) * (query.includes('-') ? 1 : -1);
		const between = value < 0 && value > Math.min(...codes.map((entry) => entry.code));
		await expect(
			search(page).getByRole('option').filter({ hasText: 'Documented code on either side' }),
		).toHaveCount(between ? 2 : 0);
		await expect(field(page)).not.toHaveAttribute('aria-activedescendant');
		// The hint under the field says so, as on the site.
		await expect(search(page).locator('.enter-hint')).toHaveText(
			between
				? 'Enter opens nothing here: ↑ ↓ choose a result.'
				: 'Nothing here for Enter to open: the notices above say what is known.',
		);
		await page.keyboard.press('Enter');
		await expect(field(page)).toBeFocused();
		expect(new URL(page.url()).hash).toBe('');
	}
});

test('by keyboard alone: Enter opens an article, a link leads to another, / comes back to the field', async ({
	offlinePage: page,
}) => {
	await page.goto(FILE);
	await page.keyboard.type('The device is not a dome device.');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#code--19$/);
	const article = page.locator('#code--19');
	await expect(article.locator('h3')).toBeFocused();
	await expect(article.locator('h3')).toBeInViewport();
	// The answer gives way to the article.
	await expect(search(page).getByRole('listbox')).toBeHidden();
	// Tab to the article's first link to another code, and follow it.
	const related = codes.find((entry) => entry.code === -19)!.related[0]!;
	for (let step = 0; step < 80; step++) {
		await page.keyboard.press('Tab');
		const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
		if (href === `#code-${related}`) break;
	}
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`#code-${related}$`));
	await expect(page.locator(`#code-${related} h3`)).toBeFocused();
	await expect(page.locator(`#code-${related} h3`)).toBeInViewport();
	await page.keyboard.press('/');
	await expect(field(page)).toBeFocused();
	await expect(search(page).getByRole('option').first()).toBeVisible();
});

/**
 * Every WCAG 2.1 A and AA rule in the light scheme; in the dark one, where only colours change, the
 * rules that colours decide (axe reads every element of the file, and it has thousands).
 */
for (const colorScheme of ['light', 'dark'] as const) {
	test(`no WCAG 2.1 A or AA violation in the ${colorScheme} scheme, results shown`, async ({
		offlinePage: page,
	}) => {
		test.setTimeout(120_000);
		await installAxe(page);
		await page.emulateMedia({ colorScheme });
		await page.goto(FILE);
		await page.keyboard.type('camera offline');
		await expect(search(page).getByRole('option').nth(1)).toBeVisible();
		expect(await axeViolations(page, colorScheme === 'dark' ? COLOUR_RULES : undefined)).toEqual(
			[],
		);
	});
}

test('fits a phone’s width, results shown and articles read', async ({ offlinePage: page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(FILE);
	await page.keyboard.type('camera offline');
	await expect(search(page).getByRole('option').nth(1)).toBeVisible();
	expect(await layoutProblems(page)).toEqual([]);
	await page.keyboard.press('Enter');
	await expect(page.locator('#code--53 h3')).toBeInViewport();
	expect(await layoutProblems(page)).toEqual([]);
});

test('prints every article, without the search', async ({ offlinePage: page }) => {
	await page.goto(FILE);
	await page.emulateMedia({ media: 'print' });
	await expect(search(page)).toBeHidden();
	await expect(page.locator('#code--18 h3')).toBeVisible();
	await expect(page.locator('#command-getclips h3')).toBeVisible();
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
});

test('downloads from the home page, and works from the disk', async ({ page, browser }) => {
	await page.goto('/');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download for offline use' }).click(),
	]);
	const saved = join(mkdtempSync(join(tmpdir(), 'vdg-offline-')), download.suggestedFilename());
	await download.saveAs(saved);
	expect(saved.endsWith('/vdg-sense-result-codes.html')).toBe(true);
	const context = await browser.newContext();
	const fromDisk = await context.newPage();
	const requests = await offline(fromDisk, pathToFileURL(saved).href);
	await fromDisk.goto(pathToFileURL(saved).href);
	await expect(field(fromDisk)).toBeFocused();
	await fromDisk.keyboard.type('-18');
	await expect(search(fromDisk).getByRole('option').first()).toContainText('-18 General error');
	expect(requests).toEqual([]);
	await context.close();
});

test('the guide offers it too (every code page does: pages.spec.ts)', async ({ page }) => {
	await page.goto('/guides/handling-result-codes/');
	await expect(page.getByRole('link', { name: 'Download for offline use' })).toHaveAttribute(
		'href',
		'/vdg-sense-result-codes.html',
	);
});
