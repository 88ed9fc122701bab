/**
 * Security headers: the _headers of the build (from src/outputs/http-headers.ts) is served with every
 * page (the test server applies it as a static host does), it allows every inline script of the
 * build's pages, and the site works under it with a clean console; the offline edition, whose
 * script is inline, is served to be saved. deploy/nginx.conf: nginx.spec.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DIST, htmlPages } from '../support/dist-files';
import { headersFor, parseHeadersFile } from '../support/headers-file';
import { watchConsole } from '../support/console';
import { dialog, enterQuery, home } from '../support/search-ui';

const rules = parseHeadersFile(readFileSync(`${DIST}_headers`, 'utf8'));
const csp = new Map(headersFor(rules, '/codes/-18/')).get('Content-Security-Policy') ?? '';

/** A file the site serves to be saved (the offline edition), which no browser runs under the policy. */
const isDownload = (path: string) =>
	headersFor(rules, path).some(
		([name, value]) => name === 'Content-Disposition' && value.startsWith('attachment'),
	);

test('the offline edition, a page of its own scripts, is served to be saved, not shown', async ({
	request,
}) => {
	const response = await request.get('/vdg-sense-result-codes.html');
	expect(response.headers()['content-disposition']).toBe('attachment');
	expect(isDownload('/vdg-sense-result-codes.html')).toBe(true);
	expect(isDownload('/codes/-18/')).toBe(false);
});

test('pages are served with the security headers', async ({ request }) => {
	for (const path of ['/', '/codes/-18/', '/codes.json', '/pagefind/pagefind.js']) {
		const headers = (await request.get(path)).headers();
		expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
		expect(headers['content-security-policy'], path).toContain("default-src 'self'");
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
	}
});

test('the policy allows every inline script in the build by hash, and no other', () => {
	const missing = new Set<string>();
	const used = new Set<string>();
	for (const [path, html] of htmlPages()) {
		if (html.includes('http-equiv="refresh"')) continue; // redirect pages have no script
		if (isDownload(path)) continue;
		for (const [, body] of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
			const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
			used.add(hash);
			if (!csp.includes(hash))
				missing.add(`${hash} (first on ${path}: ${body!.trim().slice(0, 40)}…)`);
		}
	}
	expect([...missing], 'add these to INLINE_SCRIPT_HASHES in src/outputs/http-headers.ts').toEqual(
		[],
	);
	const unused = (csp.match(/'sha256-[^']+'/g) ?? []).filter((hash) => !used.has(hash));
	expect(
		unused,
		'no inline script needs these: remove them from src/outputs/http-headers.ts',
	).toEqual([]);
});

for (const path of [
	'/',
	'/codes/',
	'/codes/-18/',
	'/commands/getclips/',
	'/commands/',
	'/results/',
]) {
	test(`${path} works under the policy with a clean console`, async ({ page }) => {
		const problems = watchConsole(page);
		await page.goto(path);
		await page.keyboard.press('Control+k');
		await page.keyboard.type('-45');
		await expect(dialog.box(page).getByRole('option')).toHaveText(/^-45 Database offline/);
		await enterQuery(page, 'database down');
		await expect(
			dialog.box(page).locator('[role="option"][data-kind="page"]').first(),
		).toBeVisible();
		await page.keyboard.press('Escape');
		await page.getByLabel('Select theme').first().selectOption('dark');
		expect(problems).toEqual([]);
	});
}

test('the home lookup and the 404 page work under the policy', async ({ page }) => {
	const problems = watchConsole(page);
	await home.open(page);
	await page.keyboard.type('Database offline');
	await expect(home.box(page).getByRole('option').first()).toHaveAttribute('href', '/codes/-45/');
	await page.goto('/codes/-56/');
	await expect(home.box(page).locator('.search-notices')).toContainText(
		'No documented result code -56.',
	);
	// The one expected message: the browser reports the 404 status of the page itself.
	expect(problems.filter((problem) => !/status of 404/.test(problem))).toEqual([]);
});
