/**
 * Search through the real UI, typed as a person types: the search dialog (Ctrl+K on any page) and
 * the home page's field, with the query corpus in search-corpus.ts. Every query must land a right
 * page within the first three results; the share that lands first is printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/shared-page';
import {
	dialog,
	enterQuery,
	home,
	navigationsOnEnter,
	paste,
	resultPages,
	settled,
	type SearchSurface,
} from '../support/search-ui';
import { codePagePath, codes, commands } from '../support/data';
import { corpus, undocumented } from './search-corpus';

async function search(page: Page, surface: SearchSurface, query: string): Promise<string[]> {
	await enterQuery(page, query);
	return resultPages(surface.box(page));
}

/**
 * A sample of the corpus for each surface, typed key by key (pasted where it has line breaks):
 * every twentieth query, from a different start on each, spread over the kinds of query the corpus
 * holds in its order. The whole corpus is judged by the search pipeline in Node (tests/search/corpus.test.ts).
 */
const SAMPLE_EVERY = 20;
const sampleOf = (start: number) => corpus.filter((_, index) => index % SAMPLE_EVERY === start);

for (const [start, surface] of [dialog, home].entries()) {
	test(`${surface.name}: a sample of the corpus, typed, lands a right page within the first three results`, async ({
		sharedPage: page,
	}) => {
		const cases = sampleOf(start * (SAMPLE_EVERY / 2));
		await surface.open(page);
		const misses: string[] = [];
		for (const { query, pages } of cases) {
			const links = await search(page, surface, query);
			const rank = links.findIndex((link) => pages.includes(link));
			if (rank < 0 || rank > 2)
				misses.push(
					`${JSON.stringify(query)} → ${links.slice(0, 3).join(', ') || 'nothing'} (wanted ${pages.join(' or ')})`,
				);
		}
		expect(misses, 'queries without a right page in the first three results').toEqual([]);
	});
}

for (const surface of [dialog, home]) {
	test(`${surface.name}: an undocumented code says so and what to do next, offers the codes around it only where it falls between two, and opens nothing on Enter`, async ({
		sharedPage: page,
	}) => {
		await surface.open(page);
		for (const query of undocumented) {
			await enterQuery(page, query);
			const box = surface.box(page);
			await settled(box);
			await expect(box.locator('.search-notices')).toContainText('No documented result code');
			await expect(box.locator('.search-notices')).toContainText(
				'The vendor’s table does not have it',
			);
			const value = Number(/-?\d+/.exec(query)![0]) * (query.includes('-') ? 1 : -1);
			const between = value < 0 && value > Math.min(...codes.map((entry) => entry.code));
			await expect(
				box.getByRole('option').filter({ hasText: 'Documented code on either side' }),
			).toHaveCount(between ? 2 : 0);
			await expect(box.getByRole('combobox')).not.toHaveAttribute('aria-activedescendant');
			expect(await navigationsOnEnter(page)).toBe(0);
		}
	});

	test(`${surface.name}: Enter opens the code's page`, async ({ sharedPage: page }) => {
		await surface.open(page);
		await page.keyboard.type('\u221245');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL('/codes/-45/');
		await expect(page.locator('h1')).toHaveText('-45 Database offline');
	});

	test(`${surface.name}: Enter pressed before the results arrive opens the first of them`, async ({
		sharedPage: page,
	}) => {
		await surface.open(page);
		await page.keyboard.type('database down');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL('/codes/-45/');
	});
}

test('a query that is only a code gets only the lookup', async ({ sharedPage: page }) => {
	await dialog.open(page);
	for (const query of ['-1', 'error 18', 'errorcode="-45"']) {
		await enterQuery(page, query);
		await settled(dialog.box(page));
		await expect(dialog.box(page).getByRole('option')).toHaveCount(1);
	}
	await expect(dialog.box(page).getByRole('option')).toContainText('-45 Database offline');
});

test('the answer is announced, and the active option is named to assistive technology', async ({
	sharedPage: page,
}) => {
	await dialog.open(page);
	await page.keyboard.type('code 18');
	const box = dialog.box(page);
	await expect(box.locator('.search-status')).toHaveText(
		'1 result. Enter opens -18 General error.',
	);
	const field = box.getByRole('combobox');
	await expect(field).toHaveAttribute('aria-expanded', 'true');
	const active = await field.getAttribute('aria-activedescendant');
	await expect(box.locator(`#${active}`)).toHaveAttribute('aria-selected', 'true');
	await expect(box.locator(`#${active}`)).toContainText('-18 General error');
});

test('the results are a list to move through by keyboard alone', async ({ sharedPage: page }) => {
	await page.goto('/commands/');
	await page.keyboard.press('Control+k');
	await page.keyboard.type('camera offline');
	const box = dialog.box(page);
	await settled(box);
	const options = box.getByRole('option');
	const count = await options.count();
	expect(count).toBeGreaterThan(3);
	const field = box.getByRole('combobox');
	const activeHref = async () =>
		box.locator(`#${await field.getAttribute('aria-activedescendant')}`).getAttribute('href');
	expect(await activeHref()).toBe(await options.nth(0).getAttribute('href'));
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	expect(await activeHref()).toBe(await options.nth(2).getAttribute('href'));
	await page.keyboard.press('End');
	expect(await activeHref()).toBe(await options.nth(count - 1).getAttribute('href'));
	await page.keyboard.press('Home');
	expect(await activeHref()).toBe(await options.nth(0).getAttribute('href'));
	await page.keyboard.press('ArrowUp');
	expect(await activeHref()).toBe(await options.nth(0).getAttribute('href'));
	await page.keyboard.press('ArrowDown');
	const chosen = await activeHref();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(chosen!);
});

test('Escape closes the dialog; on the home page it clears the field', async ({
	sharedPage: page,
}) => {
	await dialog.open(page);
	await page.keyboard.type('-18');
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toBeHidden();
	await home.open(page);
	await page.keyboard.type('-18');
	await expect(home.box(page).getByRole('option')).toHaveCount(1);
	await page.keyboard.press('Escape');
	await expect(home.box(page).getByRole('combobox')).toHaveValue('');
	await expect(home.box(page).getByRole('option')).toHaveCount(0);
});

test('"/" opens the search dialog too, but types a slash in a field', async ({
	sharedPage: page,
}) => {
	await page.goto('/codes/-18/');
	await page.keyboard.press('/');
	await expect(dialog.box(page).getByRole('combobox')).toBeFocused();
	await page.keyboard.type('a/b');
	await expect(dialog.box(page).getByRole('combobox')).toHaveValue('a/b');
});

/**
 * The 20 tries in parts, which the workers share: each try cost Chromium itself 1.5 to 2.5 s of CPU
 * (a throttled load, and search starting on Ctrl+K), its headless shell less.
 */
const TRIES = 20;
const TRIES_PER_PART = 5;
for (let first = 1; first <= TRIES; first += TRIES_PER_PART) {
	const last = first + TRIES_PER_PART - 1;
	test(`Ctrl+K on a freshly loaded page, typing at once on a slow CPU: no key is lost (tries ${first}–${last} of ${TRIES})`, async ({
		page,
	}) => {
		test.setTimeout(60_000);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		const lost: string[] = [];
		for (let attempt = first; attempt <= last; attempt++) {
			await page.goto(attempt % 2 === 0 ? '/codes/-18/' : '/commands/getclips/');
			await page.keyboard.press('Control+k');
			await page.keyboard.type('-45');
			const field = dialog.box(page).getByRole('combobox');
			const value = await field.inputValue();
			if (value !== '-45') lost.push(`try ${attempt}: the field holds ${JSON.stringify(value)}`);
			await expect(dialog.box(page).getByRole('option').first()).toContainText(
				'-45 Database offline',
			);
		}
		expect(lost).toEqual([]);
	});
}

test('a pasted log lists every code in it, each with its name and link', async ({
	sharedPage: page,
}) => {
	await home.open(page);
	const log = [
		'10:00:01 getLiveImage <result errorcode="-2"><description>No device</description></result>',
		'10:00:02 getLiveImage <result errorcode="-21"><description>Device not active</description></result>',
		'10:00:03 osm <result errorcode="-58"/>',
		'10:00:04 getLiveImage <result errorcode="-2"/>',
	].join('\n');
	await paste(page, log);
	const box = home.box(page);
	await settled(box);
	await expect(box.getByRole('option').locator('.search-option-title')).toHaveText([
		'-2 No device',
		'-21 Device not active',
		'-58 Invalid osmindex',
	]);
	await expect(box.getByRole('option').nth(1)).toHaveAttribute('href', '/codes/-21/');
});

test('the dialog, the home page, a deep link and the 404 page give the same answer for the same text', async ({
	sharedPage: page,
}) => {
	for (const query of ['-56', 'database down']) {
		await dialog.open(page);
		const inDialog = await search(page, dialog, query);
		expect(inDialog.length, query).toBeGreaterThan(0);
		await home.open(page);
		expect(await search(page, home, query), query).toEqual(inDialog);
		await page.goto(`/?q=${encodeURIComponent(query)}`);
		await expect(home.box(page).getByRole('combobox')).toHaveValue(query);
		expect(await resultPages(home.box(page)), query).toEqual(inDialog);
		if (query === '-56') {
			await page.goto('/codes/-56/');
			await expect(home.box(page).getByRole('combobox')).toHaveValue('-56');
			expect(await resultPages(home.box(page))).toEqual(inDialog);
		}
	}
});

/**
 * The words of the site's sources, the data and the prose pages: a word with a capital inside that
 * they do not have (as getClips and ResultCodes they do) is two words run together.
 */
const docs = new URL('../../src/content/docs/', import.meta.url);
const sourceText = [
	JSON.stringify([codes, commands]),
	...readdirSync(docs, { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.mdx?$/.test(file))
		.map((file) => readFileSync(new URL(file, docs), 'utf8')),
].join(' ');
const sourceWords = new Set(sourceText.match(/[A-Za-z]+/g));

test('excerpts hold the page’s words, not its own address, badges or buttons, and no words run together', async ({
	sharedPage: page,
}) => {
	await dialog.open(page);
	for (const query of [
		'database down',
		'camera offline',
		'retention size',
		'Invalid serverid',
		'fixes the server',
		'what it does',
	]) {
		await enterQuery(page, query);
		await settled(dialog.box(page));
		for (const detail of await dialog
			.box(page)
			.locator('.search-option-detail')
			.allTextContents()) {
			expect(detail, query).not.toMatch(
				/localhost|\/codes\/-?\d+\/|Copy link|Copy as Markdown|Number confirmed|Number from table order|The vendor’s message|Section titled|#/,
			);
			const runTogether = (detail.match(/[A-Za-z]+/g) ?? []).filter(
				(word) => /[a-z][A-Z]/.test(word) && !sourceWords.has(word),
			);
			expect(runTogether, query).toEqual([]);
		}
	}
});

/** One command typed; every command is judged in Node (tests/search/index-pages.test.ts). */
test('an index page is not found by the words of the pages it lists', async ({
	sharedPage: page,
}) => {
	await dialog.open(page);
	for (const name of ['getClips']) {
		const command = commands.find((entry) => entry.name === name)!;
		const links = await search(page, dialog, command.summary.replaceAll('`', ''));
		expect(links, name).toContain(`/commands/${name.toLowerCase()}/`);
		expect(links, name).not.toContain('/commands/');
	}
});

test('a code page is found by its own words, not by the sentences every code page shares', async ({
	sharedPage: page,
}) => {
	await dialog.open(page);
	await enterQuery(page, 'An undefined error occured');
	expect(await resultPages(dialog.box(page))).toContain('/codes/-18/');
	// Under "Returned by", on every code's page that names commands.
	await enterQuery(page, "as far as the vendor's pages show");
	expect(
		(await resultPages(dialog.box(page))).filter((path) => /^\/codes\/-?\d+\/$/.test(path)),
	).toEqual([]);
});

test('search loads nothing of Pagefind on a page where nobody searches, and loads it on intent', async ({
	page,
}) => {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
	await page.goto('/codes/-18/');
	await page.waitForLoadState('networkidle');
	// Until the browser is idle: whatever the page would load unasked has started by then.
	await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
	expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
	await page.getByRole('button', { name: 'Search' }).hover();
	await expect.poll(() => requests.some((path) => path === '/pagefind/pagefind.js')).toBe(true);
});

test('browsers can add the site as a search engine (OpenSearch)', async ({
	sharedPage: page,
	request,
}) => {
	await page.goto('/codes/-18/');
	const href = await page
		.locator('link[rel="search"][type="application/opensearchdescription+xml"]')
		.getAttribute('href');
	const description = await (await request.get(href!)).text();
	const template = new URL(/template="([^"]+)"/.exec(description)?.[1] ?? '');
	expect(`${template.pathname}${decodeURIComponent(template.search)}`).toBe('/?q={searchTerms}');
	// What the browser then opens for "error -21" typed in its address bar.
	await page.goto(`${template.pathname}?q=${encodeURIComponent('error -21')}`);
	await expect(home.box(page).getByRole('option').first()).toContainText('-21 Device not active');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the home page says what works, and Look up leads to the codes index, which says how to find the code there', async ({
		page,
	}) => {
		await page.goto('/');
		await expect(home.box(page).locator('.search-hint')).toContainText('Without JavaScript');
		await home.box(page).getByRole('combobox').click();
		await page.keyboard.type('-18');
		await page.getByRole('button', { name: 'Look up' }).click();
		await expect(page).toHaveURL(/\/codes\/\?q=-18#looked-up$/);
		const notice = page.getByRole('complementary', { name: 'Find what you looked up' });
		await expect(notice).toBeInViewport();
		await expect(notice).toContainText('Find in page');
		await expect(page.locator('a[href="/codes/-18/"]').first()).toBeVisible();
	});
});

test.describe('the vendor’s own words', () => {
	/**
	 * A name, a message and a message two codes share, pasted whole: each puts its code first, and
	 * codes that share it come first together and are said to. Every wording of the data is judged in
	 * Node (tests/search/vendor-words.test.ts).
	 */
	const shared = codes.find(
		(entry) =>
			entry.message !== '' &&
			codes.some((other) => other !== entry && other.message === entry.message),
	)!;
	const sharing = codes
		.filter((entry) => entry.message === shared.message)
		.map((entry) => codePagePath(entry.code));
	const samples = [
		{ text: codes.find((entry) => entry.code === -45)!.name, first: [codePagePath(-45)] },
		{ text: codes.find((entry) => entry.code === -2)!.message, first: [codePagePath(-2)] },
		{ text: shared.message, first: sharing },
	];

	test('pasted whole, a code’s name, message or wording puts that code first; codes that share it come first together, and are said to', async ({
		sharedPage: page,
	}) => {
		await dialog.open(page);
		for (const { text, first } of samples) {
			const links = await search(page, dialog, text);
			expect(links.slice(0, first.length).sort(), text).toEqual([...first].sort());
			if (first.length > 1)
				await expect(dialog.box(page).locator('.search-notices')).toContainText(
					'share this message',
				);
		}
	});

	test('in any case, with its punctuation or quotes changed', async ({ sharedPage: page }) => {
		await dialog.open(page);
		for (const query of ['"no device"', 'NO DEVICE.', '“There is no image found to return”']) {
			expect((await search(page, dialog, query))[0], query).toBe(
				query.toLowerCase().includes('image') ? '/codes/-11/' : '/codes/-2/',
			);
		}
	});
});

test('numbers that are not codes are not read as one: an HTTP status is said to be one', async ({
	sharedPage: page,
}) => {
	await dialog.open(page);
	const links = await search(page, dialog, 'http 401 unauthorized');
	expect(links).not.toContain('/codes/-40/');
	await expect(dialog.box(page).locator('.search-notices')).toContainText(
		'http 401 is an HTTP status, not a result code',
	);
});

test('a mistyped word is read as the word meant, with the query as typed a click away', async ({
	sharedPage: page,
}) => {
	await dialog.open(page);
	expect((await search(page, dialog, 'databse ofline'))[0]).toBe('/codes/-45/');
	const notices = dialog.box(page).locator('.search-notices');
	await expect(notices).toContainText('Showing results for database offline');
	await notices.getByRole('button', { name: 'Search for “databse ofline” instead' }).click();
	await settled(dialog.box(page));
	await expect(notices).not.toContainText('Showing results for');
	await expect(dialog.box(page).getByRole('combobox')).toHaveValue('databse ofline');
});

test('the words people use for the vendor’s are searched for the vendor’s words too, and the answer says so', async ({
	sharedPage: page,
}) => {
	await dialog.open(page);
	const notices = dialog.box(page).locator('.search-notices');
	expect((await search(page, dialog, 'not supported by the server'))[0]).toBe('/codes/-1/');
	await expect(notices).toHaveText(
		'Also searched for the vendor’s words Not implemented (for “not supported”).',
	);
	await expect(notices.locator('mark')).toHaveText('Not implemented');
	expect((await search(page, dialog, 'camera niet bereikbaar'))[0]).toBe('/codes/-53/');
	await expect(notices).toContainText('(for “niet bereikbaar”)');
	// Words the vocabulary does not hold are searched as typed, and nothing is said of them.
	await search(page, dialog, 'database down');
	await expect(notices).toBeEmpty();
});

test('a pasted request is read above the answer: its command, how the vendor connects it to the code, and what looks wrong', async ({
	sharedPage: page,
}) => {
	await home.open(page);
	const request =
		'http://vms01/command?command=addClip&severid=1&deviceid=2&startdate=2026-11-26 10:00:00&enddate=26/11/2026';
	await paste(
		page,
		`${request}\n<result errorcode="-33"><description>No serverId parameter found</description></result>`,
	);
	const box = home.box(page);
	await settled(box);
	const notices = box.locator('.search-notices');
	const addClip = commands.find((command) => command.name === 'addClip')!;
	const pairing = addClip.codes.listed.includes(-33)
		? 'The vendor’s addClip page lists -33.'
		: addClip.codes.table === 'cut-off'
			? 'The copy of the vendor’s addClip page we have ends before its list of codes'
			: 'The vendor’s addClip page does not list -33';
	await expect(notices).toContainText('The request calls addClip.');
	await expect(notices).toContainText(pairing);
	await expect(notices).toContainText(
		'severid is not a parameter that addClip documents: did you mean serverid?',
	);
	await expect(notices).toContainText('startdate sends a space unencoded');
	await expect(notices).toContainText('enddate is not a time in the form the vendor’s pages show');
	// Documented parameters it lacks, named as the command's page names them, the optional ones
	// apart, and none called required.
	const lacking = (optional: boolean) =>
		addClip.parameters
			.filter((parameter) => parameter.optional === optional)
			.map((parameter) => parameter.name.split('/')[0]!.trim().toLowerCase())
			.filter((name) => !['deviceid', 'startdate', 'enddate'].includes(name));
	await expect(notices).toContainText(
		`Documented parameters it does not send: ${lacking(false).join(', ')}.`,
	);
	await expect(notices).toContainText(
		`Parameters its page marks optional, not sent: ${lacking(true).join(', ')}.`,
	);
	await expect(notices).not.toContainText('required');
	await expect(box.getByRole('option').first()).toHaveAttribute('href', '/codes/-33/');
	await notices.getByRole('link', { name: 'addClip' }).click();
	await expect(page).toHaveURL('/commands/addclip/');
});

test('a request pasted without a result leads with its command’s page, which Enter opens, then the codes that page lists', async ({
	sharedPage: page,
}) => {
	await home.open(page);
	// Numbers inside a request are its parameters' values: divaid=-1 is "all viewers", not code -1.
	await page.keyboard.type(
		'http://vms01/command?command=selectLayout&divaid=-1&monitorindex=0&layoutid=5',
	);
	const box = home.box(page);
	const selectLayout = commands.find((command) => command.name === 'selectLayout')!;
	expect((await resultPages(box)).slice(0, 1 + selectLayout.codes.listed.length)).toEqual([
		'/commands/selectlayout/',
		...selectLayout.codes.listed.map(codePagePath),
	]);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/commands/selectlayout/');
});

test('an answer with notices and nothing for Enter to open says so in the hint, and Enter opens nothing', async ({
	sharedPage: page,
}) => {
	await home.open(page);
	const box = home.box(page);
	const hint = box.locator('.search-hint .without-touch');
	await expect(hint).toHaveText('Enter opens the first result; ↑ ↓ choose another.');
	await page.keyboard.type('command=downloadClip&id=1');
	await settled(box);
	await expect(box.locator('.search-notices')).toContainText(
		'not a command this reference documents',
	);
	await expect(box.getByRole('option')).toHaveCount(0);
	await expect(hint).toHaveText(
		'Nothing here for Enter to open: the notices above say what is known.',
	);
	expect(await navigationsOnEnter(page)).toBe(0);
	await page.keyboard.press('Control+a');
	await page.keyboard.type('-18');
	await expect(hint).toHaveText('Enter opens the first result; ↑ ↓ choose another.');
});

test('a pasted description that none of the code’s wordings is, is said to be so', async ({
	sharedPage: page,
}) => {
	await dialog.open(page);
	await enterQuery(
		page,
		'<result errorcode="-18"><description>Camera exploded</description></result>',
	);
	await settled(dialog.box(page));
	await expect(dialog.box(page).locator('.search-notices')).toContainText(
		'The description “Camera exploded” is none of the vendor’s wordings for -18',
	);
});

test('excerpts are a sentence of the page that answers, not its list of search terms, and short on a phone', async ({
	sharedPage: page,
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await dialog.open(page);
	for (const query of ['database down', 'camera offline', 'export too big']) {
		await enterQuery(page, query);
		await settled(dialog.box(page));
		const options = dialog.box(page).getByRole('option');
		for (const [index, detail] of (
			await options.locator('.search-option-detail').allTextContents()
		).entries()) {
			const href = await options.nth(index).getAttribute('href');
			const entry = codes.find((code) => codePagePath(code.code) === href);
			if (entry)
				expect(detail, `${query}: ${href}`).not.toContain(entry.searchTerms.slice(0, 2).join(', '));
			expect(
				(await options.nth(index).boundingBox())!.height,
				`${query}: ${href}`,
			).toBeLessThanOrEqual(160);
		}
	}
	await page.setViewportSize({ width: 1280, height: 800 });
});

test('a pasted log of 200 KB is shown as text and answered, the page responsive', async ({
	sharedPage: page,
}) => {
	await home.open(page);
	const line =
		'10:00:01 WARN <b>markup</b> getLiveImage <result errorcode="-21"><description>Device not active</description></result>';
	await paste(
		page,
		Array.from({ length: Math.ceil(200_000 / line.length) }, () => line).join('\n'),
	);
	const box = home.box(page);
	await expect(box.getByRole('option').first()).toContainText('-21 Device not active');
	await expect(page.locator('main b')).toHaveCount(0);
	// Responsive: a key typed now is in the field at once.
	await page.keyboard.press('End');
	await page.keyboard.type('!');
	expect((await box.getByRole('combobox').inputValue()).endsWith('!')).toBe(true);
});
