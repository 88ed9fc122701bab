/**
 * Our prose fields are plain text in which backticks mark `code`. Nothing else in them is markup;
 * mentions of known commands and codes become links.
 */
import { standaloneNegative } from './code-text';
import { escapeHtml } from './html';

export interface ProsePart {
	text: string;
	code: boolean;
	href?: string | undefined;
}

export interface ProseLinks {
	/** The URL of a command named like this, if there is one. */
	command(name: string): string | undefined;
	/** The URL of a documented code, if there is one. */
	code(code: number): string | undefined;
}

/** A code mentioned in prose: "-30", not "1-4", "x-1" or "-1000..1000". */
const CODE_MENTION = new RegExp(standaloneNegative('digits'), 'gu');

/** Splits prose into text and `code` parts, linking the commands and codes it mentions. */
export function splitProse(text: string, links: ProseLinks): ProsePart[] {
	const parts: ProsePart[] = [];
	let last = 0;
	for (const match of text.matchAll(/`([^`]+)`/g)) {
		parts.push(...linkCodeMentions(text.slice(last, match.index), links));
		const name = match[1]!;
		parts.push({ text: name, code: true, href: links.command(name) });
		last = match.index + match[0].length;
	}
	parts.push(...linkCodeMentions(text.slice(last), links));
	return parts;
}

function linkCodeMentions(text: string, links: ProseLinks): ProsePart[] {
	const parts: ProsePart[] = [];
	let last = 0;
	for (const match of text.matchAll(CODE_MENTION)) {
		const href = links.code(-Number(match.groups!.digits));
		if (href === undefined) continue;
		if (match.index > last) parts.push({ text: text.slice(last, match.index), code: false });
		parts.push({ text: match[0], code: false, href });
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last), code: false });
	return parts;
}

/**
 * A prose field as HTML: its text escaped, `code` in <code>, the commands and codes it mentions
 * linked, except to `here` (a page does not link to itself). A function rather than a component:
 * a code page has some twenty prose fields, and at 5,000 codes a component each costs the build.
 */
export function proseHtml(text: string, links: ProseLinks, here?: string): string {
	return splitProse(text, links)
		.map((part) => {
			const content = part.code ? `<code>${escapeHtml(part.text)}</code>` : escapeHtml(part.text);
			return part.href && part.href !== here ? `<a href="${escapeHtml(part.href)}">${content}</a>` : content;
		})
		.join('');
}

/** A prose field as plain text, for where markup means nothing (a page's description): "Call getClips." */
export function proseText(text: string): string {
	return text.replace(/`([^`]+)`/g, '$1');
}
