/**
 * Text in parts, which a page, a script or a Markdown writer renders: nothing in the text ever
 * becomes markup of its own. Our UI strings (src/content/i18n/) may hold `code`, links
 * (`[text](href)`) and keys (`<kbd>K</kbd>`): what Markdown would make of them.
 */
import { fillIn, type WordValues } from './fill-in';

/** A run of text: plain, code, a key or a match, linked where it has an `href`. */
export interface Part {
	text: string;
	code?: boolean;
	kbd?: boolean;
	/** A word a search matched. */
	mark?: boolean;
	href?: string;
}

/** Text as parts. */
export type Rich = Part[];

/** A UI string's markup: `code`, [text](href) and <kbd>key</kbd>; all else is text. */
const UI_MARKUP = /`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|<kbd>([^<]+)<\/kbd>/g;

/**
 * A UI string as parts: its code, links and keys, with `{{name}}` filled in from `values` after the
 * markup is read, so that a value (a pasted parameter, say) is only ever text.
 */
export function ui(template: string, values?: WordValues): Rich {
	const parts: Rich = [];
	const text = (raw: string) => fillIn(raw, values);
	let last = 0;
	for (const match of template.matchAll(UI_MARKUP)) {
		if (match.index > last) parts.push({ text: text(template.slice(last, match.index)) });
		const [, code, linkText, href, key] = match;
		if (code !== undefined) parts.push({ text: text(code), code: true });
		else if (key !== undefined) parts.push({ text: text(key), kbd: true });
		else {
			const linkCode = /^`([^`]+)`$/.exec(linkText!)?.[1];
			parts.push({
				text: text(linkCode ?? linkText!),
				...(linkCode ? { code: true } : {}),
				href: text(href!),
			});
		}
		last = match.index + match[0].length;
	}
	if (last < template.length) parts.push({ text: text(template.slice(last)) });
	return parts;
}

/** Parts as plain text: what a screen reader's status line or a page's description takes. */
export function plainText(parts: Rich): string {
	return parts.map((part) => part.text).join('');
}
