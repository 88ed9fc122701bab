/**
 * A small HTML writer that escapes by construction: text and attribute values given to `h()` are
 * always escaped, and only what `h()` or `rawText()` made is inserted as markup. The offline
 * edition is written with it, so that no text from the data can become markup.
 */
import { escapeHtml } from '../../utils/html';

/** Markup made by this module. */
export class Html {
	constructor(readonly markup: string) {}
}

/** What an element may hold: markup, text (escaped), and nothing for false, null or undefined. */
export type Child = Html | string | number | false | null | undefined | readonly Child[];

type Attributes = Record<string, string | number | boolean | undefined>;

/** Text as HTML text: only what would start markup or a character reference is escaped, the file being large. */
const escapeText = (text: string) =>
	text.replace(/[&<>]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[character]!);

/** Elements without content or end tag. */
const VOID = new Set(['meta', 'link', 'input', 'br']);

function attributesOf(attributes: Attributes): string {
	return Object.entries(attributes)
		.filter(([, value]) => value !== undefined && value !== false)
		.map(([name, value]) =>
			value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`,
		)
		.join('');
}

/** Children as markup: text escaped, markup as it is. */
export function html(...children: Child[]): Html {
	const write = (child: Child): string =>
		child instanceof Html
			? child.markup
			: Array.isArray(child)
				? child.map(write).join('')
				: child === false || child === null || child === undefined
					? ''
					: escapeText(String(child));
	return new Html(children.map(write).join(''));
}

/** An element: `h('p', { class: 'lead' }, 'Text & more')`. */
export function h(tag: string, attributes: Attributes = {}, ...children: Child[]): Html {
	const open = `<${tag}${attributesOf(attributes)}>`;
	return new Html(VOID.has(tag) ? open : `${open}${html(...children).markup}</${tag}>`);
}

/**
 * A `<style>` or `<script>` element with its text as it is, for our own stylesheet and scripts.
 * Its text must not end the element early, nor open a comment in it: scripts that carry data
 * escape `<` (code-map.ts).
 */
export function rawText(tag: 'style' | 'script', attributes: Attributes, text: string): Html {
	if (new RegExp(`</${tag}|<!--`, 'i').test(text))
		throw new Error(`The text of a <${tag}> holds "</${tag}" or "<!--", which would break it.`);
	return new Html(`<${tag}${attributesOf(attributes)}>${text}</${tag}>`);
}
