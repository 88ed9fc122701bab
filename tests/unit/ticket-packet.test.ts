import { describe, expect, test } from 'vitest';
import { targetPacket, TICKET_WORDS, ticketPacket } from '../../src/ticket/packet';
import type { CodeFacts } from '../../src/schemas/search-data';
import { templates } from '../support/words';

const words = {
	...templates(TICKET_WORDS),
	...templates([
		'triage.actor.administrator.label',
		'triage.actor.support.label',
		'triage.retry.unknown',
		'triage.retry.no',
	]),
};
const facts: CodeFacts = {
	code: -45,
	name: 'Database offline',
	message: 'The database cannot be reached',
	summary: 'The server cannot reach its database.',
	actsFirst: 'administrator',
	retry: 'unknown',
	wordings: [],
};
const url = 'https://codes.example.com/codes/-45/';
const evidence = {
	result: '<result errorcode="-45"><description>Database offline</description></result>',
	request: 'http://vms/command?command=getEvents',
};

describe('ticketPacket', () => {
	test('in plain text: the code, the vendor’s strings verbatim, our meaning and reading, the page, and what was pasted', () => {
		expect(ticketPacket(facts, url, evidence, words, 'plain').text).toBe(
			[
				'VDG Sense result code -45: Database offline',
				'Vendor’s message: “The database cannot be reached”',
				'Meaning: The server cannot reach its database.',
				'Who acts first (our reading): Administrator fixes the server. Retrying may or may not help.',
				'Reference: https://codes.example.com/codes/-45/',
				'',
				'Result as received:',
				evidence.result,
				'',
				'Request as sent:',
				evidence.request,
				'',
			].join('\n'),
		);
	});

	test('in Markdown and in Jira’s markup, with a link and code blocks', () => {
		const markdown = ticketPacket(facts, url, evidence, words, 'markdown').text;
		expect(markdown).toContain(
			'- **Reference:** [-45 Database offline](https://codes.example.com/codes/-45/)',
		);
		expect(markdown).toContain('```xml\n' + evidence.result + '\n```');
		const jira = ticketPacket(facts, url, evidence, words, 'jira').text;
		expect(jira).toMatch(/^\*VDG Sense result code \\-45: Database offline\*\n/);
		expect(jira).toContain(
			'* *Reference:* [\\-45 Database offline|https://codes.example.com/codes/-45/]',
		);
		expect(jira).toContain('{code:xml}\n' + evidence.result + '\n{code}');
		expect(jira).toContain('{noformat}\n' + evidence.request + '\n{noformat}');
	});

	test('as HTML for rich editors: a real link, and every text escaped', () => {
		const html = ticketPacket(
			{ ...facts, message: '<b>x</b>' },
			url,
			evidence,
			words,
			'plain',
		).html;
		expect(html).toContain(
			'<a href="https://codes.example.com/codes/-45/">-45 Database offline</a>',
		);
		expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
		expect(html).not.toContain('<b>');
	});

	test('lists what to include for the vendor’s support, where support acts first and for -18', () => {
		const asks = (code: number, actsFirst: CodeFacts['actsFirst']) =>
			ticketPacket({ ...facts, code, actsFirst }, url, {}, words, 'plain').text.includes(
				'Include for the vendor’s support:',
			);
		expect(asks(-45, 'administrator')).toBe(false);
		expect(asks(-45, 'support')).toBe(true);
		expect(asks(-18, 'administrator')).toBe(true);
	});

	test('carries every notice search showed, and says where vendor pages disagree about the number', () => {
		const text = ticketPacket(
			{ ...facts, code: -26, disputed: true },
			url,
			{ notices: ['The vendor’s updateVideoTag page lists -26.'] },
			words,
			'plain',
		).text;
		expect(text).toContain(
			'Number: disputed: vendor pages disagree about what -26 means (see the page)',
		);
		expect(text).toContain('What the search said:\n- The vendor’s updateVideoTag page lists -26.');
	});
});

describe('targetPacket', () => {
	test('an undocumented code: what was pasted, what search said, and what to include for the vendor’s support', () => {
		const result = '<result errorcode="-99"/>';
		const text = targetPacket(
			{
				kind: 'undocumented',
				code: -99,
				evidence: { result, notices: ['No documented result code -99.'] },
			},
			() => url,
			words,
			'plain',
		).text;
		expect(text).toBe(
			[
				'VDG Sense result code -99: not documented here',
				'',
				'Result as received:',
				result,
				'',
				'What the search said:',
				'- No documented result code -99.',
				'',
				'Include for the vendor’s support:',
				'- the server version, from getServerOptions or http://[server]/info',
				'- the time of the request, with its time zone',
				'- the full request and the full result',
				'',
			].join('\n'),
		);
	});

	test('a request without a code: its reading, in Markdown', () => {
		const { text, html } = targetPacket(
			{
				kind: 'request',
				command: 'getClips',
				evidence: { request: 'command=getClips', notices: ['The request calls getClips.'] },
			},
			() => url,
			words,
			'markdown',
		);
		expect(text).toMatch(
			/^\*\*VDG Sense request to getClips\*\*\n\nRequest as sent:\n```text\ncommand=getClips\n```/,
		);
		expect(html).toContain('<li>The request calls getClips.</li>');
	});
});
