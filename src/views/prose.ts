/**
 * The prose fields of the data as parts (src/utils/rich.ts), which a page (src/components/Rich.astro)
 * or a Markdown file (src/outputs/markdown.ts) renders: plain text in which backticks mark `code`,
 * and mentions of known commands and codes become links. Nothing else in them is markup.
 */
import type { ProseLinks } from '../reference/reference';
import { standaloneNegative } from '../utils/code-text';
import type { Part, Rich } from '../utils/rich';

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
