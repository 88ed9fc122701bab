/** Whether a page's layout fits its viewport, as a reader would see it. */
import type { Page } from '@playwright/test';

/** What does not fit, described for a failure message. */
export async function layoutProblems(page: Page): Promise<string[]> {
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
