/**
 * Text with a little markup, as parts that a page (src/components/Rich.astro) or a Markdown file
 * (src/outputs/markdown.ts) renders: nothing in the text ever becomes markup of its own.
 *
 * - Prose fields of the data are plain text in which backticks mark `code`; mentions of known
 *   commands and codes become links.
 * - Our UI strings (src/content/i18n/) may also hold links, `[text](href)`, and keys,
 *   `<kbd>K</kbd>`: what Markdown would make of them.
 */
import type { ProseLinks } from '../reference/reference';
import { standaloneNegative } from '../utils/code-text';

/** A run of text: plain, code or a key, linked where it has an `href`. */
interface Part {
	text: string;
	code?: boolean;
	kbd?: boolean;
	href?: string;
}

/** Text as parts. */
export type Rich = Part[];

/** A code mentioned in prose: "-30", not "1-4", "x-1" or "-1000..1000". */
const CODE_MENTION = new RegExp(standaloneNegative('digits'), 'gu');

/**
 * A prose field as parts: `code` as code, the commands and codes it mentions linked, except to
 * `here` (a page does not link to itself).
 */
export function prose(text: string, links: ProseLinks, here?: string): Rich {
	const parts: Rich = [];
	let last = 0;
	for (const match of text.matchAll(/`([^`]+)`/g)) {
		parts.push(...linkCodeMentions(text.slice(last, match.index), links, here));
		const name = match[1]!;
		parts.push(linked({ text: name, code: true }, links.command(name), here));
		last = match.index + match[0].length;
	}
	parts.push(...linkCodeMentions(text.slice(last), links, here));
	return parts;
}

function linked(part: Part, href: string | undefined, here: string | undefined): Part {
	return href === undefined || href === here ? part : { ...part, href };
}

function linkCodeMentions(text: string, links: ProseLinks, here: string | undefined): Rich {
	const parts: Rich = [];
	let last = 0;
	for (const match of text.matchAll(CODE_MENTION)) {
		const href = links.code(-Number(match.groups!.digits));
		if (href === undefined) continue;
		if (match.index > last) parts.push({ text: text.slice(last, match.index) });
		parts.push(linked({ text: match[0] }, href, here));
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last) });
	return parts;
}

/** A prose field as plain text, for where markup means nothing (a page's description): "Call getClips." */
export function proseText(text: string): string {
	return text.replace(/`([^`]+)`/g, '$1');
}

/** A UI string's markup: `code`, [text](href) and <kbd>key</kbd>; all else is text. */
const UI_MARKUP = /`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|<kbd>([^<]+)<\/kbd>/g;

/** A UI string as parts: its code, links and keys. */
export function ui(text: string): Rich {
	const parts: Rich = [];
	let last = 0;
	for (const match of text.matchAll(UI_MARKUP)) {
		if (match.index > last) parts.push({ text: text.slice(last, match.index) });
		const [, code, linkText, href, key] = match;
		if (code !== undefined) parts.push({ text: code, code: true });
		else if (key !== undefined) parts.push({ text: key, kbd: true });
		else
			parts.push({
				...(/^`[^`]+`$/.test(linkText!)
					? { text: linkText!.slice(1, -1), code: true }
					: { text: linkText! }),
				href: href!,
			});
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last) });
	return parts;
}
