/**
 * Other URLs of a code lead to its page: the number without its sign, and the name. Every alias is
 * checked over HTTP (a page that refreshes to the code's page, on any static host); a person's
 * browser follows a few of them, the examples support tickets carry among them. Each names the
 * code's page, by the full address the build was given (SITE_URL), as its canonical link. Search
 * offers the code's page, never an alias.
 */
import { expect, test } from '../support/shared-page';
import { codePagePath, codes, SITE } from '../support/data';
import { dialog, enterQuery, resultPages } from '../support/search-ui';

/** The alias rule from the README: the name in lower case, words joined by "-". */
const nameAlias = (name: string) =>
	name
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

const aliasesOf = (entry: (typeof codes)[number]) => [
	nameAlias(entry.name),
	...(entry.code < 0 ? [String(-entry.code)] : []),
];

test('every code’s number without its sign, and its name, lead to its page', async ({
	request,
}) => {
	const wrong: string[] = [];
	for (const entry of codes) {
		for (const alias of aliasesOf(entry)) {
			const response = await request.get(`/codes/${alias}/`);
			const html = await response.text();
			if (
				!response.ok() ||
				!html.includes(`http-equiv="refresh" content="0;url=/codes/${entry.code}/"`)
			)
				wrong.push(alias);
		}
	}
	expect(wrong).toEqual([]);
});

test('every alias page names the code’s page as canonical, by its full address', async ({
	request,
}) => {
	const wrong: string[] = [];
	for (const entry of codes) {
		const canonical = new URL(codePagePath(entry.code), SITE).href;
		for (const alias of aliasesOf(entry)) {
			const html = await (await request.get(`/codes/${alias}/`)).text();
			const link = /<link\b[^>]*\brel="canonical"[^>]*>/.exec(html)?.[0] ?? '';
			const href = /\bhref="([^"]*)"/.exec(link)?.[1];
			if (href !== canonical) wrong.push(`${alias}: ${href ?? 'no canonical link'}`);
		}
	}
	expect(wrong).toEqual([]);
});

test('a browser lands on the code’s page, from the examples support tickets carry', async ({
	page,
}) => {
	for (const [alias, code] of [
		['45', -45],
		['database-offline', -45],
		['18', -18],
		['ok', 0],
		['storage-location-doesnt-exist', -50],
	] as const) {
		await page.goto(`/codes/${alias}/`);
		await expect(page).toHaveURL(codePagePath(code));
		await expect(page.locator('h1')).toHaveText(new RegExp(`^${code} `));
	}
});

test('search offers the code’s page, never one of its aliases', async ({ sharedPage: page }) => {
	const aliasPaths = new Set(
		codes.flatMap((entry) => aliasesOf(entry).map((alias) => `/codes/${alias}/`)),
	);
	await dialog.open(page);
	for (const [query, code] of [
		['General error', -18],
		['Database offline', -45],
		['storage location doesnt exist', -50],
	] as const) {
		await enterQuery(page, query);
		const links = await resultPages(dialog.box(page));
		expect(links, query).toContain(codePagePath(code));
		expect(
			links.filter((link) => aliasPaths.has(link)),
			query,
		).toEqual([]);
	}
});
