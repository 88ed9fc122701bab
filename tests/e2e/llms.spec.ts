/** For tools that read documentation: /llms.txt, /llms-full.txt, and a Markdown twin of each code's page. */
import { expect, test } from '../support/shared-page';
import { codePagePath, codes, commandPagePath, commands, SITE } from '../support/data';

const page = (path: string) => new URL(path, SITE).href;

test('/llms.txt lists every code and command page, and every URL it lists resolves', async ({
	request,
}) => {
	const text = await (await request.get('/llms.txt')).text();
	expect(text).toMatch(/^# VDG Sense result codes\n\n> /);
	const links = [...text.matchAll(/\]\(([^)]+)\)/g)].map((match) => match[1]!);
	for (const entry of codes) {
		expect(links, String(entry.code)).toContain(page(codePagePath(entry.code)));
		expect(links, String(entry.code)).toContain(page(`/codes/${entry.code}.md`));
	}
	for (const command of commands)
		expect(links, command.name).toContain(page(commandPagePath(command.name)));
	for (const link of new Set(links)) {
		const { pathname } = new URL(link);
		expect((await request.get(pathname)).status(), link).toBe(200);
	}
});

test('each code’s Markdown twin holds its number, and the vendor’s name and message verbatim', async ({
	request,
}) => {
	for (const entry of codes) {
		const response = await request.get(`/codes/${entry.code}.md`);
		expect(response.ok(), String(entry.code)).toBe(true);
		const markdown = await response.text();
		expect(markdown.startsWith(`# ${entry.code} ${entry.name}\n`), String(entry.code)).toBe(true);
		if (entry.message) expect(markdown, String(entry.code)).toContain(`> ${entry.message}\n`);
		expect(markdown, String(entry.code)).toContain(`Page: ${page(codePagePath(entry.code))}`);
	}
});

test('a code page links its Markdown twin', async ({ sharedPage: browserPage }) => {
	await browserPage.goto('/codes/-18/');
	await expect(browserPage.locator('link[rel="alternate"][type="text/markdown"]')).toHaveAttribute(
		'href',
		'/codes/-18.md',
	);
});

test('/llms-full.txt holds every code’s page as Markdown', async ({ request }) => {
	const text = await (await request.get('/llms-full.txt')).text();
	for (const entry of codes)
		expect(text, String(entry.code)).toContain(`# ${entry.code} ${entry.name}\n`);
});
