/** What a page reports that a person would not want to see: console errors and warnings, uncaught errors, policy violations. */
import type { Page } from '@playwright/test';

/** Console errors and warnings, uncaught errors and policy violations on a page. */
export function watchConsole(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning')
			problems.push(`${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	void page.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (event) =>
			console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
		),
	);
	return problems;
}
