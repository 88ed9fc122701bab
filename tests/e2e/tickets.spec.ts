/**
 * "Copy for ticket", on a code's page and on each code a search found: what lands on the clipboard
 * (read back in Chromium) as plain text, Markdown or Jira's markup, and as HTML for rich editors; the
 * format chosen is remembered; what was pasted into search goes with it, with every notice search
 * showed, and an undocumented code or a request without a code can be copied too; where the
 * vendor's support acts first, or for -18, what to include for that support.
 */
import { expect, test } from '@playwright/test';
import { codePagePath, codes } from '../support/data';
import { home, paste, settled } from '../support/search-ui';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = {
	text: (page: import('@playwright/test').Page) =>
		page.evaluate(() => navigator.clipboard.readText()),
	html: (page: import('@playwright/test').Page) =>
		page.evaluate(async () => {
			const [item] = await navigator.clipboard.read();
			return item!.types.includes('text/html') ? (await item!.getType('text/html')).text() : '';
		}),
};

test('on a code’s page: the packet in the chosen format, which is remembered', async ({ page }) => {
	const entry = codes.find((code) => code.code === -45)!;
	await page.goto(codePagePath(entry.code));
	const url = new URL(codePagePath(entry.code), page.url()).href;
	await page.getByLabel('Ticket format').selectOption({ label: 'Markdown' });
	await page.getByRole('button', { name: 'Copy for ticket' }).click();
	await expect(page.locator('.copy-status')).toHaveText(
		`Copied ${entry.code} for a ticket, as Markdown.`,
	);
	const markdown = await clipboard.text(page);
	expect(markdown).toContain(`**VDG Sense result code ${entry.code}: ${entry.name}**`);
	expect(markdown).toContain(`- **Vendor’s message:** “${entry.message}”`);
	expect(markdown).toContain('- **Who acts first (our reading):**');
	expect(markdown).toContain(`- **Reference:** [${entry.code} ${entry.name}](${url})`);
	expect(await clipboard.html(page)).toContain(`<a href="${url}">${entry.code} ${entry.name}</a>`);
	await page.reload();
	await expect(page.getByLabel('Ticket format')).toHaveValue('markdown');
});

test('on a search’s code, by keyboard: what was pasted goes with it, in Jira’s markup', async ({
	page,
}) => {
	await home.open(page);
	const result = '<result errorcode="-21"><description>Device not active</description></result>';
	const request = 'http://vms01/command?command=getLiveImage&serverid=1&cameraid=2';
	await paste(page, `${request}\n${result}`);
	await settled(home.box(page));
	const entry = codes.find((code) => code.code === -21)!;
	const copy = page.getByRole('button', { name: `Copy ${entry.code} ${entry.name} for ticket` });
	await page.getByRole('radio', { name: 'Jira' }).check();
	await copy.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.ticket-status')).toHaveText(
		`Copied ${entry.code} for a ticket, as Jira.`,
	);
	const jira = await clipboard.text(page);
	expect(jira).toMatch(
		new RegExp(`^\\*VDG Sense result code \\\\${entry.code}: ${entry.name}\\*\\n`),
	);
	expect(jira).toContain(`{code:xml}\n${result}\n{code}`);
	expect(jira).toContain(`{noformat}\n${request}\n{noformat}`);
	// Every notice search showed, as a list (Jira escapes its markup).
	expect(jira).toContain('What the search said:\n* The request calls getLiveImage.\n');
	expect(jira).toContain('* The vendor’s getLiveImage page lists \\-21.');
});

test('the reading of a request without a code, and an undocumented code, can be copied for a ticket', async ({
	page,
}) => {
	await home.open(page);
	const request = 'http://vms01/command?command=getClips&serverid=1&starttime=2026-11-26 10:00:00';
	await paste(page, request);
	await settled(home.box(page));
	await page.getByRole('radio', { name: 'Plain text' }).check();
	await page.getByRole('button', { name: 'Copy the reading of the request for ticket' }).click();
	await expect(page.locator('.ticket-status')).toHaveText(
		'Copied getClips for a ticket, as Plain text.',
	);
	const reading = await clipboard.text(page);
	expect(reading).toMatch(/^VDG Sense request to getClips\n/);
	expect(reading).toContain(`Request as sent:\n${request}\n`);
	expect(reading).toContain('- starttime is not a parameter that getClips documents.');

	await home.box(page).getByRole('combobox').click();
	await page.keyboard.press('Control+a');
	await paste(page, `${request}\n<result errorcode="-99"/>`);
	await settled(home.box(page));
	await page.getByRole('button', { name: 'Copy -99 for ticket' }).click();
	await expect(page.locator('.ticket-status')).toHaveText(
		'Copied -99 for a ticket, as Plain text.',
	);
	const undocumented = await clipboard.text(page);
	expect(undocumented).toMatch(/^VDG Sense result code -99: not documented here\n/);
	expect(undocumented).toContain('Result as received:\n<result errorcode="-99"/>\n');
	expect(undocumented).toContain('- No documented result code -99.');
	expect(undocumented).toContain('Include for the vendor’s support:');
});

test('for -18, and where the vendor’s support acts first, the packet says what to include for that support', async ({
	page,
}) => {
	const support = codes.filter((code) => code.triage.actsFirst === 'support' || code.code === -18);
	const other = codes.find((code) => code.triage.actsFirst !== 'support' && code.code !== -18)!;
	for (const entry of [...support, other]) {
		await page.goto(codePagePath(entry.code));
		await page.getByLabel('Ticket format').selectOption('plain');
		await page.getByRole('button', { name: 'Copy for ticket' }).click();
		await expect(page.locator('.copy-status')).toContainText('Copied');
		const text = await clipboard.text(page);
		expect(text.includes('Include for the vendor’s support:'), String(entry.code)).toBe(
			entry !== other,
		);
	}
});
