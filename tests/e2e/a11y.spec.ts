/**
 * Accessibility: axe-core (WCAG 2.1 A and AA) on every page in the sitemap, with the search dialog
 * closed and open, and the keyboard: every control reachable by Tab and visible when focused.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { dialog, settled } from '../support/search-ui';
import { sitemapPaths } from '../support/sitemap';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page })
		.options({
			runOnly: { type: 'tag', values: WCAG_21_AA },
			// An experimental rule, off by default; Starlight's own search button broke it (see Search.astro).
			rules: { 'label-content-name-mismatch': { enabled: true } },
		})
		.analyze();
	return violations.map(
		(violation) =>
			`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`
	);
}

for (const path of sitemapPaths()) {
	test(`${path} has no WCAG 2.1 A or AA violation, with search closed and open`, async ({ page }) => {
		await page.goto(path);
		expect(await violations(page), 'search closed').toEqual([]);
		await page.keyboard.press('Control+k');
		await page.keyboard.type('-18 database');
		await settled(dialog.box(page));
		await expect(dialog.box(page).getByRole('option').nth(1)).toBeVisible();
		expect(await violations(page), 'search open, with results').toEqual([]);
	});
}

test.describe('keyboard', () => {
	for (const path of ['/', '/codes/', '/codes/-26/', '/commands/getclips/', '/codes/-56/']) {
		test(`on ${path} every control is reached by Tab and shows focus`, async ({ page }) => {
			await page.goto(path);
			// Each control gets a probe number, so that it is recognised however its attributes change.
			const controls = await page.evaluate(() => {
				// Options of a search's results are reached with the arrow keys, not Tab (tabindex="-1").
				const selector = 'a[href], button:not([disabled]), input:not([type="hidden"]), select, textarea, [tabindex="0"]';
				return [...document.querySelectorAll<HTMLElement>(selector)]
					.filter((element) => element.checkVisibility() && !element.closest('dialog, [inert]') && element.tabIndex >= 0)
					.map((element, index) => {
						element.dataset.probe = String(index);
						return element.outerHTML.slice(0, 120);
					});
			});
			const reached = new Set<number>();
			const unfocusedLooking: string[] = [];
			for (let step = 0; step < controls.length + 20; step++) {
				await page.keyboard.press('Tab');
				const focused = await page.evaluate(() => {
					const element = document.activeElement as HTMLElement | null;
					if (!element || element === document.body) return null;
					const style = getComputedStyle(element);
					const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
					return { probe: Number(element.dataset.probe), html: element.outerHTML.slice(0, 120), visible: outlined || style.boxShadow !== 'none' };
				});
				if (!focused) continue;
				reached.add(focused.probe);
				if (!focused.visible) unfocusedLooking.push(focused.html);
			}
			expect(controls.length).toBeGreaterThan(5);
			expect(controls.filter((_, index) => !reached.has(index)), 'controls Tab never reaches').toEqual([]);
			expect([...new Set(unfocusedLooking)], 'controls without a visible focus indicator').toEqual([]);
		});
	}
});
