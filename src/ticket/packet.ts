/**
 * "Copy for ticket": what a support engineer pastes into a ticket about a result code. The code,
 * the vendor's name and message verbatim, our one-line meaning, who acts first and whether a retry
 * helps (labelled as our reading) and the page's address; what was pasted into search, where the
 * answer came from a paste (the result, the request line); and, where the vendor's support acts
 * first or the code is -18, what that support will ask for. In the format a support desk takes
 * (plain text, Markdown or Jira's wiki markup), and as HTML, so that a rich-text editor receives a
 * real link. Pure: the code page and search run it in the browser.
 */
import { escapeMarkup } from '../utils/html';
import { markdownLink, markdownText } from '../utils/markdown';
import { fillIn } from '../utils/fill-in';
import type { CodeFacts } from '../schemas/search-data';

export const TICKET_FORMATS = ['plain', 'markdown', 'jira'] as const;
export type TicketFormat = (typeof TICKET_FORMATS)[number];

/** The UI strings a packet and its controls are written in. */
export const TICKET_WORDS = [
	'ticket.copy',
	'ticket.copyCode',
	'ticket.format',
	'ticket.plain',
	'ticket.markdown',
	'ticket.jira',
	'ticket.copied',
	'ticket.copyByHand',
	'ticket.title',
	'ticket.message',
	'ticket.noMessage',
	'ticket.meaning',
	'ticket.triage',
	'ticket.page',
	'ticket.pastedResult',
	'ticket.pastedRequest',
	'ticket.supportAsks',
	'ticket.askVersion',
	'ticket.askTime',
	'ticket.askExchange',
] as const;

export type TicketWords = Record<string, string>;

/** What was pasted into search, where the answer came from a paste. */
export interface TicketEvidence {
	result?: string;
	request?: string;
}

/** A code that can be copied for a ticket, with what was pasted about it. */
export interface TicketTarget {
	code: CodeFacts;
	evidence: TicketEvidence;
}

interface Packet {
	title: string;
	/** What the link to the code's page says: "-45 Database offline". */
	linkText: string;
	fields: [label: string, value: string, link?: boolean][];
	blocks: [label: string, text: string, lang: 'xml' | 'text'][];
	asks?: [label: string, items: string[]];
}

function packetOf(
	code: CodeFacts,
	url: string,
	evidence: TicketEvidence,
	words: TicketWords,
): Packet {
	// Our triage reading, in words; whether to retry means nothing for success.
	const triage = [
		words[`triage.actor.${code.actsFirst}.label`],
		code.actsFirst === 'none' ? '' : words[`triage.retry.${code.retry}`],
	]
		.filter(Boolean)
		.join('. ');
	const blocks: Packet['blocks'] = [];
	if (evidence.result) blocks.push([words['ticket.pastedResult']!, evidence.result, 'xml']);
	if (evidence.request) blocks.push([words['ticket.pastedRequest']!, evidence.request, 'text']);
	return {
		title: fillIn(words['ticket.title']!, { code: code.code, name: code.name }),
		linkText: `${code.code} ${code.name}`,
		fields: [
			[words['ticket.message']!, code.message ? `“${code.message}”` : words['ticket.noMessage']!],
			[words['ticket.meaning']!, code.summary],
			[words['ticket.triage']!, `${triage}.`],
			[words['ticket.page']!, url, true],
		],
		blocks,
		...(code.actsFirst === 'support' || code.code === -18
			? {
					asks: [
						words['ticket.supportAsks']!,
						[words['ticket.askVersion']!, words['ticket.askTime']!, words['ticket.askExchange']!],
					],
				}
			: {}),
	};
}

/** Jira's wiki markup, escaped where it would read text as markup. */
const jiraText = (text: string) => text.replace(/[\\{}[\]|*_^~+-]/g, '\\$&');

function render(packet: Packet, format: TicketFormat): string {
	const lines: string[] = [];
	const fenced = (text: string, lang: string) =>
		format === 'markdown'
			? ['```' + lang, text, '```']
			: format === 'jira'
				? [
						lang === 'xml' ? '{code:xml}' : '{noformat}',
						text,
						lang === 'xml' ? '{code}' : '{noformat}',
					]
				: [text];
	switch (format) {
		case 'plain':
			lines.push(packet.title, ...packet.fields.map(([label, value]) => `${label} ${value}`));
			break;
		case 'markdown':
			lines.push(
				`**${markdownText(packet.title)}**`,
				'',
				...packet.fields.map(
					([label, value, link]) =>
						`- **${label}** ${link ? markdownLink(packet.linkText, value) : markdownText(value)}`,
				),
			);
			break;
		case 'jira':
			lines.push(
				`*${jiraText(packet.title)}*`,
				...packet.fields.map(
					([label, value, link]) =>
						`* *${jiraText(label)}* ${link ? `[${jiraText(packet.linkText)}|${value}]` : jiraText(value)}`,
				),
			);
			break;
	}
	for (const [label, text, lang] of packet.blocks) lines.push('', label, ...fenced(text, lang));
	if (packet.asks) {
		const [label, items] = packet.asks;
		const bullet = format === 'jira' ? '* ' : '- ';
		lines.push(
			'',
			label,
			...items.map(
				(item) =>
					bullet +
					(format === 'jira' ? jiraText(item) : format === 'markdown' ? markdownText(item) : item),
			),
		);
	}
	return `${lines.join('\n')}\n`;
}

function renderHtml(packet: Packet): string {
	const fields = packet.fields
		.map(
			([label, value, link]) =>
				`<li><strong>${escapeMarkup(label)}</strong> ${link ? `<a href="${escapeMarkup(value)}">${escapeMarkup(packet.linkText)}</a>` : escapeMarkup(value)}</li>`,
		)
		.join('');
	const blocks = packet.blocks
		.map(
			([label, text]) =>
				`<p><strong>${escapeMarkup(label)}</strong></p><pre>${escapeMarkup(text)}</pre>`,
		)
		.join('');
	const asks = packet.asks
		? `<p><strong>${escapeMarkup(packet.asks[0])}</strong></p><ul>${packet.asks[1].map((item) => `<li>${escapeMarkup(item)}</li>`).join('')}</ul>`
		: '';
	return `<p><strong>${escapeMarkup(packet.title)}</strong></p><ul>${fields}</ul>${blocks}${asks}`;
}

/** The packet for a code whose page is at `url`, as text in `format` and as HTML. */
export function ticketPacket(
	code: CodeFacts,
	url: string,
	evidence: TicketEvidence,
	words: TicketWords,
	format: TicketFormat,
): { text: string; html: string } {
	const packet = packetOf(code, url, evidence, words);
	return { text: render(packet, format), html: renderHtml(packet) };
}
