/**
 * axe-core in the page, WCAG 2.1 A and AA plus `label-content-name-mismatch` (an experimental rule,
 * off by default, that Starlight's own search button once broke). axe is added to every page the
 * browser page loads, before the page's own scripts: injected at each check instead, its half a
 * megabyte of script costs more than the check itself.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);

/** Call before the page loads what it checks. */
export async function installAxe(page: Page): Promise<void> {
	await page.addInitScript(axeSource);
}

/**
 * The rules whose outcome depends on colours alone: in a second colour scheme, where the markup is
 * the same and only colours change, these are the ones that can find something new.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * The violations on the page as it is now, one line each: rule, help and where; of `onlyRules`
 * alone where given.
 */
export async function axeViolations(page: Page, onlyRules?: string[]): Promise<string[]> {
	return page.evaluate(async (onlyRules) => {
		const axe = (
			window as unknown as {
				axe: {
					run(
						context: Document,
						options: object,
					): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
				};
			}
		).axe;
		const { violations } = await axe.run(document, {
			...(onlyRules
				? { runOnly: { type: 'rule', values: onlyRules } }
				: {
						runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
						rules: { 'label-content-name-mismatch': { enabled: true } },
					}),
			// Every violation in full; of passes and the rest only what we never read (faster).
			resultTypes: ['violations'],
		});
		return violations.map(
			(violation) =>
				`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
		);
	}, onlyRules);
}
