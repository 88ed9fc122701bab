/**
 * "Copy for ticket": what a support engineer pastes into a ticket about a result code. The code,
 * the vendor's name and message verbatim, our one-line meaning, who acts first and whether a retry
 * helps (labelled as our reading) and the page's address; what was pasted into search, where the
 * answer came from a paste (the result, the request line) and every notice search showed about it;
 * where vendor pages disagree about the number, that they do; and, where the vendor's support acts
 * first or the code is -18, what to include for that support. An undocumented code, or a pasted
 * request without a code, is copied as what search said of it. In the format a support desk takes
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
	'ticket.pasted',
	'ticket.notices',
	'ticket.number',
	'ticket.disputed',
	'ticket.undocumentedTitle',
	'ticket.requestTitle',
	'ticket.copyReading',
	'ticket.supportAsks',
	'ticket.askVersion',
	'ticket.askTime',
	'ticket.askExchange',
] as const;

export type TicketWords = Record<string, string>;

/** What was pasted into search, where the answer came from a paste, and what search said of it. */
export interface TicketEvidence {
	result?: string;
	request?: string;
	/** The query itself, where it holds neither a result nor a request. */
	pasted?: string;
	/** Every notice of the answer, as plain text. */
	notices?: string[];
}

/** What can be copied for a ticket: a documented code, an undocumented one, or the reading of a request. */
export type TicketTarget = (
	| { kind: 'code'; code: CodeFacts }
	| { kind: 'undocumented'; code: number }
	| { kind: 'request'; command: string }
) & { evidence: TicketEvidence };

interface Packet {
	title: string;
	/** A field's value is a link where it has link text. */
	fields: [label: string, value: string, linkText?: string][];
	blocks: [label: string, text: string, lang: 'xml' | 'text'][];
	lists: [label: string, items: string[]][];
}

/** What was pasted, as code blocks, and what search said of it, as a list. */
function evidenceParts(
	evidence: TicketEvidence,
	words: TicketWords,
): Pick<Packet, 'blocks' | 'lists'> {
	const blocks: Packet['blocks'] = [];
	if (evidence.result) blocks.push([words['ticket.pastedResult']!, evidence.result, 'xml']);
	if (evidence.request) blocks.push([words['ticket.pastedRequest']!, evidence.request, 'text']);
	if (evidence.pasted) blocks.push([words['ticket.pasted']!, evidence.pasted, 'text']);
	const notices = evidence.notices ?? [];
	return { blocks, lists: notices.length > 0 ? [[words['ticket.notices']!, notices]] : [] };
}

/** What to include for the vendor's support: where it acts first, for -18, and for an undocumented code. */
const supportList = (words: TicketWords): [string, string[]] => [
	words['ticket.supportAsks']!,
	[words['ticket.askVersion']!, words['ticket.askTime']!, words['ticket.askExchange']!],
];

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
	const { blocks, lists } = evidenceParts(evidence, words);
	const disputed: Packet['fields'] = code.disputed
		? [[words['ticket.number']!, fillIn(words['ticket.disputed']!, { code: code.code })]]
		: [];
	return {
		title: fillIn(words['ticket.title']!, { code: code.code, name: code.name }),
		fields: [
			[words['ticket.message']!, code.message ? `“${code.message}”` : words['ticket.noMessage']!],
			[words['ticket.meaning']!, code.summary],
			...disputed,
			[words['ticket.triage']!, `${triage}.`],
			[words['ticket.page']!, url, `${code.code} ${code.name}`],
		],
		blocks,
		lists: [
			...lists,
			...(code.actsFirst === 'support' || code.code === -18 ? [supportList(words)] : []),
		],
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
				...(packet.fields.length > 0 ? [''] : []),
				...packet.fields.map(
					([label, value, linkText]) =>
						`- **${label}** ${linkText ? markdownLink(linkText, value) : markdownText(value)}`,
				),
			);
			break;
		case 'jira':
			lines.push(
				`*${jiraText(packet.title)}*`,
				...packet.fields.map(
					([label, value, linkText]) =>
						`* *${jiraText(label)}* ${linkText ? `[${jiraText(linkText)}|${value}]` : jiraText(value)}`,
				),
			);
			break;
	}
	for (const [label, text, lang] of packet.blocks) lines.push('', label, ...fenced(text, lang));
	for (const [label, items] of packet.lists) {
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
			([label, value, linkText]) =>
				`<li><strong>${escapeMarkup(label)}</strong> ${linkText ? `<a href="${escapeMarkup(value)}">${escapeMarkup(linkText)}</a>` : escapeMarkup(value)}</li>`,
		)
		.join('');
	const blocks = packet.blocks
		.map(
			([label, text]) =>
				`<p><strong>${escapeMarkup(label)}</strong></p><pre>${escapeMarkup(text)}</pre>`,
		)
		.join('');
	const lists = packet.lists
		.map(
			([label, items]) =>
				`<p><strong>${escapeMarkup(label)}</strong></p><ul>${items.map((item) => `<li>${escapeMarkup(item)}</li>`).join('')}</ul>`,
		)
		.join('');
	const fieldList = fields ? `<ul>${fields}</ul>` : '';
	return `<p><strong>${escapeMarkup(packet.title)}</strong></p>${fieldList}${blocks}${lists}`;
}

/** The packet as text in `format` and as HTML. */
const rendered = (packet: Packet, format: TicketFormat) => ({
	text: render(packet, format),
	html: renderHtml(packet),
});

/** The packet for a code whose page is at `url`, as text in `format` and as HTML. */
export function ticketPacket(
	code: CodeFacts,
	url: string,
	evidence: TicketEvidence,
	words: TicketWords,
	format: TicketFormat,
): { text: string; html: string } {
	return rendered(packetOf(code, url, evidence, words), format);
}

/**
 * The packet for what search said where it found no documented code: an undocumented code (with
 * what to include for the vendor's support), or a pasted request read without a code.
 */
function readingPacket(
	subject: { undocumented: number } | { command: string },
	evidence: TicketEvidence,
	words: TicketWords,
): Packet {
	const undocumented = 'undocumented' in subject;
	const { blocks, lists } = evidenceParts(evidence, words);
	return {
		title: undocumented
			? fillIn(words['ticket.undocumentedTitle']!, { code: subject.undocumented })
			: fillIn(words['ticket.requestTitle']!, { command: subject.command }),
		fields: [],
		blocks,
		lists: undocumented ? [...lists, supportList(words)] : lists,
	};
}

/** The packet for what a search offers to copy; `pageOf` gives the address of a code's page. */
export function targetPacket(
	target: TicketTarget,
	pageOf: (code: number) => string,
	words: TicketWords,
	format: TicketFormat,
): { text: string; html: string } {
	const packet =
		target.kind === 'code'
			? packetOf(target.code, pageOf(target.code.code), target.evidence, words)
			: readingPacket(
					target.kind === 'undocumented'
						? { undocumented: target.code }
						: { command: target.command },
					target.evidence,
					words,
				);
	return rendered(packet, format);
}
