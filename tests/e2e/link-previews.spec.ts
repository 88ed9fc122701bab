/** What a pasted link shows and where it lands: section anchors, descriptions, previews, canonical URLs. */
import { expect, test } from '../support/shared-page';
import { codes, commandPagePath, commands, readerText, SITE } from '../support/data';

test('section headings have stable anchors', async ({ sharedPage: page }) => {
	await page.goto('/codes/-18/#fixes');
	await expect(page.locator('h2#fixes')).toBeInViewport();
	for (const id of ['meaning', 'causes', 'fixes', 'returned-by', 'related', 'provenance']) {
		await expect(page.locator(`a.sl-anchor-link[href="#${id}"]`)).toHaveCount(1);
	}
});

test('a code page has a description, link previews and a canonical URL', async ({
	sharedPage: page,
}) => {
	// A summary that marks code: the description carries its words, not its backticks.
	const entry = codes.find((candidate) => candidate.code === -3)!;
	expect(entry.summary).toContain('`');
	await page.goto('/codes/-3/');
	const meta = (selector: string) => page.locator(selector).getAttribute('content');
	const title = `${entry.code} ${entry.name}`;
	for (const description of [
		await meta('meta[name="description"]'),
		await meta('meta[property="og:description"]'),
		await meta('meta[name="twitter:description"]'),
	]) {
		expect(description).toContain(entry.message);
		expect(description).toContain(readerText(entry.summary));
	}
	expect(await meta('meta[property="og:title"]')).toBe(title);
	expect(await meta('meta[name="twitter:title"]')).toBe(title);
	expect(await meta('meta[property="og:url"]')).toBe(new URL('/codes/-3/', SITE).href);
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		new URL('/codes/-3/', SITE).href,
	);
});

test('a command page’s description is its summary as plain text', async ({ sharedPage: page }) => {
	const command = commands.find((candidate) => candidate.name === 'addClip')!;
	expect(command.summary).toContain('`');
	await page.goto(commandPagePath(command.name));
	await expect(page.locator('meta[name="description"]')).toHaveAttribute(
		'content',
		readerText(command.summary),
	);
});
