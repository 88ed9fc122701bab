import type { Page } from '@playwright/test';
import { expect, test } from '../support/shared-page';
import { axeViolations } from '../support/axe';
import {
	codePagePath,
	codes,
	commandPagePath,
	commands,
	exampleCommand,
	readerText,
} from '../support/data';

/** A visible element as `visible()` reads it. */
interface Seen {
	/** Its text, whitespace collapsed as Playwright's text assertions do. */
	text: string;
	tag: string;
	href: string | null;
	id: string;
	/** Its top edge, from the top of the page. */
	top: number;
}

/** The visible elements each selector matches, read in one go: one round trip, not one per assertion. */
async function visible<Key extends string>(
	page: Page,
	selectors: Record<Key, string>,
): Promise<Record<Key, Seen[]>> {
	return page.evaluate(
		(selectors: Record<string, string>) =>
			Object.fromEntries(
				Object.entries(selectors).map(([key, selector]) => [
					key,
					[...document.querySelectorAll<HTMLElement>(selector)]
						.filter((element) => element.checkVisibility())
						.map((element) => ({
							text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
							tag: element.tagName,
							href: element.getAttribute('href'),
							id: element.id,
							top: element.getBoundingClientRect().top + window.scrollY,
						})),
				]),
			) as Record<Key, Seen[]>,
		selectors as Record<string, string>,
	);
}

test.describe('code pages', () => {
	for (const entry of codes) {
		test(`${entry.code} has its page with name, message and example, and no WCAG 2.1 A or AA violation`, async ({
			axePage: page,
		}) => {
			await page.goto(codePagePath(entry.code));
			const seen = await visible(page, {
				h1: 'h1',
				message: '.vendor-message',
				codeBlocks: '.expressive-code',
				example: 'section[aria-labelledby="example"] .expressive-code',
				sections: 'h2[id]',
				triage: '.triage',
				searchTerms: '.search-terms',
				// What follows the heading of "Returned by": a sentence, not a sub-heading.
				returnedByOpening: 'section[aria-labelledby="returned-by"] > :nth-child(2)',
				returnedByHeadings: 'section[aria-labelledby="returned-by"] h3',
				returnedByLinks: 'section[aria-labelledby="returned-by"] a',
				offlineLink: 'a[href$="vdg-sense-result-codes.html"]',
			});
			const text = (key: keyof typeof seen) => seen[key].map((element) => element.text);
			expect(text('h1')).toEqual([`${entry.code} ${entry.name}`]);
			expect(text('message')[0]).toMatch(
				entry.message || /gives no message for this code|has no message from the table/,
			);
			// The result document, read as text (the lines run together; no code's name holds a character XML escapes).
			expect(text('codeBlocks')[0]).toContain(
				`<result errorcode="${entry.code}"> <description>${entry.name}</description></result>`,
			);
			// The words people search for, read as on the page: the label, a space, the terms (`<q>` draws their quotes).
			expect(text('searchTerms')).toEqual([`Also searched as: ${entry.searchTerms.join(', ')}`]);
			// Success has nothing to fix: no causes, no fixes.
			const sections = seen.sections.map((heading) => heading.id);
			expect(sections).toEqual(expect.arrayContaining(['meaning', 'returned-by', 'provenance']));
			expect(sections.filter((id) => id === 'causes' || id === 'fixes')).toEqual(
				entry.code === 0 ? [] : ['causes', 'fixes'],
			);
			// Triage near the top, labelled as our reading.
			expect(text('triage')[0]).toContain('Our reading:');
			expect(text('triage')[0]).toContain(readerText(entry.triage.note));
			expect(seen.triage[0]!.top).toBeLessThan(
				seen.sections.find((heading) => heading.id === 'meaning')!.top,
			);
			// An example shows the whole exchange: the request, the result it gets, the corrected request.
			if (entry.example) {
				expect(text('example')[0]).toContain(entry.example.request);
				expect(text('example')[1]).toContain(`<result errorcode="${entry.code}">`);
				if (entry.example.fixed) expect(text('example')[2]).toContain(entry.example.fixed);
			}
			// "Returned by" links back to every command that lists the code (and apart, those that likely return it).
			expect(seen.returnedByOpening.map((element) => element.tag)).toEqual(['P']);
			const listing = commands.filter((command) => command.codes.listed.includes(entry.code));
			const likely = commands.filter((command) => command.codes.likely.includes(entry.code));
			const links = seen.returnedByLinks.map((link) => link.href);
			expect(links).toEqual(
				expect.arrayContaining(
					[...listing, ...likely].map((command) => commandPagePath(command.name)),
				),
			);
			expect(
				text('returnedByHeadings').filter((heading) => heading.includes('Likely')),
			).toHaveLength(likely.length > 0 ? 1 : 0);
			// That vendor pages show commands answering with the code is said only where one does.
			expect(text('returnedByOpening')[0]!.includes('as far as the vendor’s pages show')).toBe(
				listing.length > 0,
			);
			// An example whose command's vendor page does not list the code is hedged.
			if (entry.example) {
				const answer = await page
					.locator('section[aria-labelledby="example"] .expressive-code figcaption')
					.nth(1)
					.textContent();
				const listed = exampleCommand(entry.example.request)?.codes.listed.includes(entry.code);
				expect(answer?.trim()).toBe(listed ? 'The server answers' : 'The server probably answers');
			}
			// Every code page offers the offline edition (offline.spec.ts follows the link).
			expect(seen.offlineLink.map(({ text, href }) => [text, href])).toEqual([
				['Download for offline use', '/vdg-sense-result-codes.html'],
			]);
			// Read here rather than in a11y.spec.ts, which checks the sitemap's other pages: one load of the page for both.
			expect(await axeViolations(page)).toEqual([]);
		});
	}

	test('the four kinds of provenance have four distinct badges, by sign as well as colour', async ({
		sharedPage: page,
	}) => {
		const looks = new Set<string>();
		for (const provenance of ['confirmed', 'row-order', 'conflicting', 'not-in-table']) {
			const entry = codes.find((candidate) => candidate.provenance === provenance)!;
			await page.goto(codePagePath(entry.code));
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
		await page.goto(codePagePath(entry.code));
		const related = page.locator('section[aria-labelledby="related"]');
		for (const code of entry.related) {
			await expect(related.locator(`a[href="${codePagePath(code)}"]`).first()).toBeVisible();
		}
	});
});

test.describe('command pages', () => {
	for (const command of commands) {
		test(`${command.name} has its page, linking to every code it can return, and no WCAG 2.1 A or AA violation`, async ({
			axePage: page,
		}) => {
			await page.goto(commandPagePath(command.name));
			const seen = await visible(page, {
				h1: 'h1',
				links: 'section[aria-labelledby="result-codes"] a',
			});
			expect(seen.h1.map((heading) => heading.text)).toEqual([command.name]);
			expect(seen.links.map((link) => link.href)).toEqual(
				expect.arrayContaining(
					[...command.codes.listed, ...command.codes.likely].map((code) => codePagePath(code)),
				),
			);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});

test.describe('indexes', () => {
	test('the codes index links every code, with its name and message', async ({
		sharedPage: page,
	}) => {
		await page.goto('/codes/');
		for (const entry of codes) {
			const row = page
				.locator('tr', { has: page.locator(`a[href="${codePagePath(entry.code)}"]`) })
				.first();
			await expect(row).toContainText(entry.name);
			if (entry.message) await expect(row).toContainText(entry.message);
		}
	});

	test('the codes index shows who acts first, and can show only the codes one kind of person acts on', async ({
		sharedPage: page,
	}) => {
		await page.goto('/codes/');
		const callerCodes = codes.filter((entry) => entry.triage.actsFirst === 'caller');
		await page.getByLabel('Who acts first').selectOption('caller');
		const shown = page.locator('table tbody:visible tr[data-code]:visible td.code-number');
		await expect(shown).toHaveCount(callerCodes.length);
		expect((await shown.allTextContents()).map(Number).sort((a, b) => b - a)).toEqual(
			callerCodes.map((entry) => entry.code).sort((a, b) => b - a),
		);
		await expect(page.getByRole('status')).toHaveText(
			`${callerCodes.length} of ${codes.length} codes shown.`,
		);
		// With the list by number too, and the category headings of empty groups hidden.
		await page.getByLabel('Order').selectOption('number');
		await expect(shown).toHaveCount(callerCodes.length);
		await page.getByLabel('Who acts first').selectOption('');
		await expect(shown).toHaveCount(codes.length);
	});

	test('the codes index keeps its controls apart from the category links, on a phone too', async ({
		page,
	}) => {
		for (const viewport of [
			{ width: 390, height: 844 },
			{ width: 1280, height: 800 },
		]) {
			await page.setViewportSize(viewport);
			await page.goto('/codes/');
			// The script shows the controls.
			await expect(page.getByLabel('Order')).toBeVisible();
			const links = await page.getByRole('navigation', { name: 'Categories' }).boundingBox();
			const controls = await page.getByLabel('Order').boundingBox();
			expect(
				controls!.y - (links!.y + links!.height),
				`${viewport.width} px wide`,
			).toBeGreaterThanOrEqual(8);
		}
	});

	test('the codes index’s two controls stand level and are as tall as each other', async ({
		page,
	}) => {
		for (const viewport of [
			{ width: 390, height: 844 },
			{ width: 1280, height: 800 },
		]) {
			await page.setViewportSize(viewport);
			await page.goto('/codes/');
			const order = (await page.getByLabel('Order').boundingBox())!;
			const actor = (await page.getByLabel('Who acts first').boundingBox())!;
			expect(Math.abs(order.height - actor.height), `${viewport.width} px wide`).toBeLessThan(1);
			// Side by side where they fit on one line.
			if (viewport.width === 1280) expect(Math.abs(order.y - actor.y)).toBeLessThan(1);
		}
	});

	test('the codes index keeps the chosen order and filter in its address, through a reload and in a link', async ({
		sharedPage: page,
	}) => {
		const shown = page.locator('table tbody:visible tr[data-code]:visible td.code-number');
		const callerCodes = codes
			.filter((entry) => entry.triage.actsFirst === 'caller')
			.map((entry) => entry.code)
			.sort((a, b) => b - a);
		await page.goto('/codes/');
		await page.getByLabel('Order').focus();
		await page.keyboard.press('ArrowDown');
		await page.getByLabel('Who acts first').focus();
		await page.keyboard.type('The caller');
		await expect(page).toHaveURL('/codes/?order=number&acts=caller');
		await expect(shown).toHaveCount(callerCodes.length);

		await page.reload();
		await expect(page.getByLabel('Order')).toHaveValue('number');
		await expect(page.getByLabel('Who acts first')).toHaveValue('caller');
		await expect(shown).toHaveCount(callerCodes.length);
		expect((await shown.allTextContents()).map(Number)).toEqual(callerCodes);

		// A link someone sent: only the codes to wait on, in categories.
		const waitCodes = codes.filter((entry) => entry.triage.actsFirst === 'wait');
		await page.goto('/codes/?acts=wait');
		await expect(page.getByLabel('Order')).toHaveValue('category');
		await expect(shown).toHaveCount(waitCodes.length);
		await expect(page.getByRole('status')).toHaveText(
			`${waitCodes.length} of ${codes.length} codes shown.`,
		);

		// Back to everyone: the address is the plain index again.
		await page.getByLabel('Who acts first').focus();
		await page.keyboard.type('anyone');
		await expect(page).toHaveURL('/codes/');
		await expect(shown).toHaveCount(codes.length);
	});

	test('a category’s link on the codes index listed by number shows its group', async ({
		sharedPage: page,
	}) => {
		await page.goto('/codes/?order=number');
		await page
			.getByRole('navigation', { name: 'Categories' })
			.getByRole('link', { name: 'Video tags' })
			.click();
		await expect(page).toHaveURL('/codes/#video-tags');
		await expect(page.locator('th#video-tags')).toBeInViewport();
	});

	test('the codes index does not repeat the category in every row', async ({
		sharedPage: page,
	}) => {
		await page.goto('/codes/');
		await expect(page.locator('table thead th')).toHaveText([
			/^Code$/,
			/^Name and the vendor’s message$/,
			/^Who acts first/,
		]);
	});

	test('the commands index names each listed code', async ({ sharedPage: page }) => {
		await page.goto('/commands/');
		const getClips = page.locator('tr', { has: page.locator('a[href="/commands/getclips/"]') });
		for (const code of commands.find((command) => command.name === 'getClips')!.codes.listed) {
			const entry = codes.find((candidate) => candidate.code === code)!;
			await expect(getClips.locator(`a[href="${codePagePath(code)}"]`)).toHaveText(
				`${code} ${entry.name}`,
			);
		}
	});

	test('the codes index can list the codes by number', async ({ sharedPage: page }) => {
		await page.goto('/codes/');
		await page.getByLabel('Order').selectOption('number');
		const numbers = await page
			.locator('table tbody:visible tr[data-code] td.code-number')
			.allTextContents();
		expect(numbers.map(Number)).toEqual(codes.map((entry) => entry.code).sort((a, b) => b - a));
	});

	test('the commands index links every command', async ({ sharedPage: page }) => {
		await page.goto('/commands/');
		for (const command of commands) {
			// In its row's first cell: summaries link the commands they name too.
			await expect(
				page.locator(`tbody td:first-child a[href="${commandPagePath(command.name)}"]`),
			).toBeVisible();
		}
	});

	test('the home page shows a result and leads to both indexes', async ({ sharedPage: page }) => {
		await page.goto('/');
		await expect(page).toHaveTitle('VDG Sense result codes');
		// The notice that words need a build is for `npm run dev` only (tests/build/dev-server.test.ts).
		await expect(page.getByText('npm run dev')).toHaveCount(0);
		await expect(page.locator('.expressive-code').first()).toContainText(
			'<result errorcode="-18">',
		);
		await page.locator('main').getByRole('link', { name: 'Result codes', exact: true }).click();
		await expect(page).toHaveURL('/codes/');
		await page.goto('/');
		await page.locator('main').getByRole('link', { name: 'Commands', exact: true }).click();
		await expect(page).toHaveURL('/commands/');
	});
});

/** A `layout-shift` performance entry, which TypeScript's DOM types leave out. */
interface LayoutShift extends PerformanceEntry {
	value: number;
	sources: { node: Node | null }[];
}

// A browser may paint a page before all of it has arrived, and then move what it painted: a table
// whose columns fitted its first rows, Starlight's "On this page" column drawn before the text it
// follows. On a CPU slowed three times Chromium paints early, as a slow machine does.
for (const path of ['/codes/', '/commands/', '/codes/-18/', '/commands/getclips/']) {
	// A page of its own: a first visit, with none of the sidebar's state that Starlight keeps for the
	// tab and restores as a page loads.
	test(`${path} does not move as it loads, even on a slow CPU`, async ({ page }) => {
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 3 });
		await page.goto(path);
		const shifts = await page.evaluate(async () => {
			const entries: LayoutShift[] = [];
			const observer = new PerformanceObserver((list) =>
				entries.push(...(list.getEntries() as LayoutShift[])),
			);
			observer.observe({ type: 'layout-shift', buffered: true });
			// Once the page's scripts have run (before the load event) and two frames have been painted.
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
			entries.push(...(observer.takeRecords() as LayoutShift[]));
			observer.disconnect();
			const where = ({ node }: LayoutShift['sources'][number]) =>
				node instanceof Element ? `${node.tagName.toLowerCase()}.${node.className}` : 'text';
			// Starlight's header and sidebar may settle by a ten-thousandth as the page arrives; anything
			// a reader could see moves far more (the table moved by 0.01, the column by 0.4).
			return entries
				.filter((entry) => entry.value >= 0.001)
				.map((entry) => `${entry.value.toFixed(3)}: ${entry.sources.map(where).join(', ')}`);
		});
		expect(shifts).toEqual([]);
	});
}
