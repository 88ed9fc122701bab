/**
 * Accessibility: axe-core (WCAG 2.1 A and AA) on every page in the sitemap, once each (the code and
 * command pages in pages.spec.ts, as it reads them; the others here); with the search dialog open and
 * showing results on one page of each kind (the dialog is the same on every page, and while it is
 * open the page behind it is inert); and the keyboard: every control reachable by Tab and visible
 * when focused.
 */
import { axeViolations } from '../support/axe';
import { codePagePath, codes, commandPagePath, commands } from '../support/data';
import { expect, test } from '../support/shared-page';
import { dialog, settled } from '../support/search-ui';
import { sitemapPaths } from '../support/sitemap';

/** One page of each kind; the 404 page is not in the sitemap. */
const KINDS = [
	'/',
	'/codes/',
	'/codes/-26/',
	'/commands/',
	'/commands/getclips/',
	'/results/',
	'/guides/handling-result-codes/',
	'/codes/-56/',
];

const paths = sitemapPaths();
/** The pages that pages.spec.ts checks with axe while it reads them. */
const checkedWhileRead = new Set([
	...codes.map((entry) => codePagePath(entry.code)),
	...commands.map((command) => commandPagePath(command.name)),
]);

for (const path of paths.filter((candidate) => !checkedWhileRead.has(candidate))) {
	test(`${path}: no WCAG 2.1 A or AA violation`, async ({ axePage: page }) => {
		await page.goto(path);
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('the sitemap lists every page of the site', () => {
	expect(paths.length).toBeGreaterThan(100);
	for (const path of KINDS.filter((kind) => kind !== '/codes/-56/')) expect(paths).toContain(path);
	expect(
		[...checkedWhileRead].filter((path) => !paths.includes(path)),
		'code and command pages missing from the sitemap',
	).toEqual([]);
});

for (const path of KINDS) {
	test(`${path}: no WCAG 2.1 A or AA violation with the search dialog open and showing results`, async ({
		axePage: page,
	}) => {
		await page.goto(path);
		await page.keyboard.press('Control+k');
		await page.keyboard.type('-18 database');
		await settled(dialog.box(page));
		await expect(dialog.box(page).getByRole('option').nth(1)).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
}

/** A focus as the keyboard test records it in the page. */
interface Focus {
	probe: number;
	html: string;
	visible: boolean;
}

test.describe('keyboard', () => {
	for (const path of KINDS) {
		test(`on ${path} every control is reached by Tab and shows focus`, async ({
			sharedPage: page,
		}) => {
			await page.goto(path);
			// Each control gets a probe number, so that it is recognised however its attributes change;
			// each focus is recorded as it happens, with whether it shows (read once all Tabs are pressed).
			const controls = await page.evaluate(() => {
				// Options of a search's results are reached with the arrow keys, not Tab (tabindex="-1"),
				// and so are the other radio buttons of a group.
				const selector =
					'a[href], button:not([disabled]), input:not([type="hidden"]), select, textarea, [tabindex="0"]';
				const focused: Focus[] = [];
				(window as unknown as { focused: Focus[] }).focused = focused;
				document.addEventListener('focusin', (event) => {
					const element = event.target as HTMLElement;
					const style = getComputedStyle(element);
					const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
					focused.push({
						probe: Number(element.dataset.probe),
						html: element.outerHTML.slice(0, 120),
						visible: outlined || style.boxShadow !== 'none',
					});
				});
				return [...document.querySelectorAll<HTMLElement>(selector)]
					.filter(
						(element) =>
							element.checkVisibility() &&
							!element.closest('dialog, [inert]') &&
							element.tabIndex >= 0 &&
							// Of a group of radio buttons, Tab stops at the checked one; arrows move within it.
							!(
								element instanceof HTMLInputElement &&
								element.type === 'radio' &&
								!element.checked
							),
					)
					.map((element, index) => {
						element.dataset.probe = String(index);
						return element.outerHTML.slice(0, 120);
					});
			});
			for (let step = 0; step < controls.length + 20; step++) await page.keyboard.press('Tab');
			const focused = await page.evaluate(
				() => (window as unknown as { focused: Focus[] }).focused,
			);
			const reached = new Set(focused.map((focus) => focus.probe));
			const unfocusedLooking = focused.filter((focus) => !focus.visible).map((focus) => focus.html);
			expect(controls.length).toBeGreaterThan(5);
			expect(
				controls.filter((_, index) => !reached.has(index)),
				'controls Tab never reaches',
			).toEqual([]);
			expect([...new Set(unfocusedLooking)], 'controls without a visible focus indicator').toEqual(
				[],
			);
		});
	}
});
