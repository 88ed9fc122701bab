/**
 * Layouts at a phone's width (390 × 844) and a laptop's (1280 × 800), on every kind of page and in
 * the open search dialog: no element sticks out of the viewport, no table is wider than its
 * container, and no text is clipped.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/shared-page';
import { enterQuery } from '../support/search-ui';

const PAGES = [
	'/',
	'/codes/',
	'/codes/0/',
	'/codes/-18/',
	'/codes/-26/',
	'/codes/-58/',
	'/commands/',
	'/commands/getclips/',
	'/commands/executeaction/',
	'/results/',
	'/codes/-56/',
];
const VIEWPORTS = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 },
];

/** What does not fit, described for a failure message. */
async function layoutProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		const describe = (element: Element) =>
			`${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''} “${(element.textContent ?? '').trim().slice(0, 40)}”`;
		const width = document.documentElement.clientWidth;
		if (document.documentElement.scrollWidth > width) {
			problems.push(
				`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide in ${width} px`,
			);
		}
		for (const element of document.querySelectorAll<HTMLElement>('body *')) {
			if (!element.checkVisibility() || element.closest('.sr-only, [aria-hidden="true"]')) continue;
			const box = element.getBoundingClientRect();
			if (box.width <= 1 || box.height <= 1) continue;
			const style = getComputedStyle(element);
			// What a reader sees: text, images and controls (a box may reach past the edge with nothing
			// in it, as Starlight's sidebars do). A scrolled region keeps its content whole.
			const content =
				[...element.childNodes].some(
					(node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
				) || /^(?:IMG|SVG|INPUT|SELECT|BUTTON|TEXTAREA)$/i.test(element.tagName);
			const scroller = element.parentElement?.closest('pre, .expressive-code');
			if (content && !scroller && (box.left < -1 || box.right > width + 1)) {
				problems.push(
					`${describe(element)} sticks out of the viewport (${Math.round(box.left)} to ${Math.round(box.right)} px)`,
				);
			}
			if (element instanceof HTMLTableElement && element.scrollWidth > element.clientWidth + 1) {
				problems.push(
					`${describe(element)} is wider than its box (${element.scrollWidth} > ${element.clientWidth} px)`,
				);
			}
			if (
				element instanceof HTMLTableElement &&
				element.parentElement &&
				box.width > element.parentElement.getBoundingClientRect().width + 1
			) {
				problems.push(`${describe(element)} is wider than its container`);
			}
			const clips = /hidden|clip/.test(style.overflowX) || style.textOverflow === 'ellipsis';
			if (
				clips &&
				element.scrollWidth > element.clientWidth + 1 &&
				(element.textContent ?? '').trim() !== ''
			) {
				problems.push(
					`${describe(element)} clips its text (${element.scrollWidth} > ${element.clientWidth} px)`,
				);
			}
		}
		return problems;
	});
}

for (const viewport of VIEWPORTS) {
	test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
		for (const path of PAGES) {
			test(`${path}: everything fits, nothing is clipped`, async ({ sharedPage: page }) => {
				await page.setViewportSize(viewport);
				await page.goto(path);
				expect(await layoutProblems(page)).toEqual([]);
			});
		}

		test('the search dialog with results: everything fits, nothing is clipped', async ({
			sharedPage: page,
		}) => {
			await page.setViewportSize(viewport);
			await page.goto('/codes/-18/');
			await page.keyboard.press('Control+k');
			await enterQuery(page, 'camera offline');
			await expect(page.locator('dialog [role="option"][data-kind="page"]').first()).toBeVisible();
			expect(await layoutProblems(page)).toEqual([]);
		});
	});
}

test.describe('home page at 1280 × 800', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('the lookup field is above the fold', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByLabel('Code, message or pasted response')).toBeInViewport({ ratio: 1 });
	});
});
