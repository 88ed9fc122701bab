/**
 * Driving the site's search as a person does: Ctrl+K, then typing (or pasting, for text with line
 * breaks) into whatever has focus, and reading the results once the answer for the text is shown.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export interface SearchSurface {
	name: string;
	/** Opens the surface on a freshly loaded page and leaves its field focused. */
	open(page: Page): Promise<void>;
	/** The `<search-box>` of this surface. */
	box(page: Page): Locator;
}

export const dialog: SearchSurface = {
	name: 'search dialog',
	async open(page) {
		await page.goto('/codes/');
		await page.keyboard.press('Control+k');
		await expect(dialog.box(page).getByRole('combobox')).toBeFocused();
	},
	box: (page) => page.locator('dialog search-box'),
};

export const home: SearchSurface = {
	name: 'home page',
	async open(page) {
		await page.goto('/');
		await home.box(page).getByRole('combobox').click();
	},
	box: (page) => page.locator('main search-box'),
};

/** Puts text on the clipboard and pastes it with Ctrl+V (needs the clipboard permissions). */
export async function paste(page: Page, text: string): Promise<void> {
	await page.evaluate((value) => navigator.clipboard.writeText(value), text);
	await page.keyboard.press('Control+v');
}

/** Replaces the focused field's text with `query`: selected, then typed over key by key, or pasted over where it has line breaks. */
export async function enterQuery(page: Page, query: string): Promise<void> {
	await page.keyboard.press('Control+a');
	if (query.includes('\n')) await paste(page, query);
	else await page.keyboard.type(query);
}

/**
 * Presses Enter, and returns how many navigations it started. A link's click starts a navigation,
 * and the Navigation API's `navigate` event fires, in the key's own handler: counted once the key
 * is handled, nothing has started where it opened nothing.
 */
export async function navigationsOnEnter(page: Page): Promise<number> {
	await page.evaluate(() => {
		(window as { navigations?: number }).navigations = 0;
		navigation.addEventListener(
			'navigate',
			() => (window as { navigations?: number }).navigations!++,
		);
	});
	await page.keyboard.press('Enter');
	return page.evaluate(() => (window as { navigations?: number }).navigations!);
}

/** As long as an answer may take, on a slow CPU too (Playwright's own default for assertions is 5 s). */
const SETTLE_TIMEOUT = 10_000;

/**
 * Waits until the answer to the field's text is complete (the list is busy from each edit until
 * then): the moment the list's aria-busy changes, rather than at a polling interval.
 */
export async function settled(box: Locator): Promise<void> {
	await box.getByRole('listbox', { includeHidden: true }).evaluate(
		(list, timeout) =>
			new Promise<void>((resolve, reject) => {
				const done = () => list.getAttribute('aria-busy') !== 'true';
				if (done()) return resolve();
				const observer = new MutationObserver(() => {
					if (!done()) return;
					observer.disconnect();
					clearTimeout(timer);
					resolve();
				});
				observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
				const timer = setTimeout(() => {
					observer.disconnect();
					reject(new Error(`the results were still busy after ${timeout} ms`));
				}, timeout);
			}),
		SETTLE_TIMEOUT,
	);
}

/** The results' links in order, once settled, one per page (a page's #section is the same page). */
export async function resultPages(box: Locator): Promise<string[]> {
	await settled(box);
	const hrefs = await box
		.getByRole('option')
		.evaluateAll((options) => options.map((option) => option.getAttribute('href') ?? ''));
	return [
		...new Set(
			hrefs.map((href) => (href.includes('#positive-values') ? href : href.replace(/#.*$/, ''))),
		),
	];
}
