/**
 * Checks on the built files in dist/: every internal link and #anchor resolves, no page loads
 * anything from another host, and each code page stays within its weight budget.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST, htmlPages } from '../support/dist-files';
import { codePagePath, codes } from '../support/data';
import { pageWeight } from '../support/page-weight';
import { offlineSizeBudget } from '../support/offline-budget';

const pages = htmlPages();
const ids = new Map(
	pages.map(([path, html]) => [
		path,
		new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)),
	]),
);

/** The dist/ file a site path is served from, or undefined. */
function fileFor(pathname: string): string | undefined {
	const path = join(DIST, decodeURIComponent(pathname));
	if (existsSync(path) && statSync(path).isFile()) return path;
	const index = join(path, 'index.html');
	return existsSync(index) ? index : undefined;
}

function decode(value: string): string {
	return value
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'");
}

test('every internal link and anchor resolves', () => {
	const broken: string[] = [];
	for (const [path, page] of pages) {
		// A script's text is no markup: the offline edition's writes links of its own, in templates.
		const html = page.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
		const targets = [
			...[...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1]!)),
			...[...html.matchAll(/http-equiv="refresh" content="\d+;url=([^"]+)"/g)].map((m) =>
				decode(m[1]!),
			),
		];
		for (const target of targets) {
			if (/^(?:[a-z][a-z+.-]*:|\/\/)/i.test(target)) continue; // another scheme or host: not ours to resolve
			const url = new URL(target, `http://site${path}`);
			const page = url.pathname;
			if (!fileFor(page)) broken.push(`${path}: ${target} (no file for ${page})`);
			else if (url.hash && url.hash !== '#' && url.hash !== '#_top') {
				const id = decodeURIComponent(url.hash.slice(1));
				if (!ids.get(page)?.has(id)) broken.push(`${path}: ${target} (no id "${id}" on ${page})`);
			}
		}
	}
	expect(pages.length).toBeGreaterThan(100);
	expect(broken).toEqual([]);
});

test('no page loads anything from another host', () => {
	const foreign: string[] = [];
	for (const [path, html] of pages) {
		const loads = [
			...[
				...html.matchAll(
					/<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\ssrcs?(?:et)?="([^"]+)"/g,
				),
			].map((m) => m[1]!),
			...[...html.matchAll(/<link\b[^>]*>/g)]
				.map((m) => m[0])
				.filter((tag) => !/\srel="(?:canonical|alternate|sitemap)"/.test(tag))
				.flatMap((tag) => /\shref="([^"]+)"/.exec(tag)?.[1] ?? []),
			...[...html.matchAll(/url\((['"]?)([^)'"]+)\1\)/g)].map((m) => m[2]!),
		];
		for (const url of loads) if (/^(?:https?:)?\/\//.test(url)) foreign.push(`${path}: ${url}`);
	}
	expect(foreign).toEqual([]);
});

/**
 * A code page's HTML must arrive in the first round trip (about 14 KB with headers); CSS and JS
 * are Starlight's own budgets.
 */
const BUDGET = { html: 10 * 1024, css: 16.75 * 1024, js: 27 * 1024 };
const codePaths = new Set(codes.map((entry) => codePagePath(entry.code)));

test('each code page, and the guide, stays within its weight budget (gzip, first load)', () => {
	const over: string[] = [];
	const figures = pages
		.filter(([path]) => codePaths.has(path) || path === '/guides/handling-result-codes/')
		.map(([path]) => ({ path, ...pageWeight(DIST, path) }));
	for (const figure of figures) {
		for (const kind of ['html', 'css', 'js'] as const) {
			if (figure[kind] > BUDGET[kind]) {
				over.push(
					`${figure.path}: ${kind} ${(figure[kind] / 1024).toFixed(2)} KB > ${(BUDGET[kind] / 1024).toFixed(2)} KB`,
				);
			}
		}
	}
	const largest = (kind: 'html' | 'css' | 'js') =>
		Math.max(...figures.map((figure) => figure[kind]));
	console.log(
		`${figures.length} pages, largest gzip: HTML ${(largest('html') / 1024).toFixed(2)} KB, ` +
			`CSS ${(largest('css') / 1024).toFixed(2)} KB, JS ${(largest('js') / 1024).toFixed(2)} KB`,
	);
	expect(figures).toHaveLength(codes.length + 1);
	expect(over).toEqual([]);
});

test('the offline edition stays within the size docs/performance.md gives it', () => {
	const budget = offlineSizeBudget();
	expect(budget, 'the budget in docs/performance.md').toBeDefined();
	const size = statSync(join(DIST, 'vdg-sense-result-codes.html')).size;
	console.log(`offline edition: ${(size / 1024).toFixed(1)} KB of ${budget} KB`);
	expect(size).toBeLessThanOrEqual(budget! * 1024);
});
