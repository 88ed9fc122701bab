/**
 * The offline edition as a hast tree, written out by hast's own serializer (which Astro brings) with
 * its minifying options: text and attribute values are escaped by the serializer, and only what
 * `h()` makes is an element, so no text from the data can become markup. The tree is also what the
 * file's index reads at build time (src/offline/app/articles.ts), as the browser reads the file.
 */
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h as element } from 'hastscript';
import type { TreeReader } from '../app/articles';

/** Nodes made by this module. */
export type Html = ElementContent | ElementContent[];

/** What an element may hold: nodes, text, and nothing for false, null or undefined. */
export type Child = Html | string | number | false | null | undefined | readonly Child[];

type Attributes = Record<string, string | number | boolean | undefined>;

function nodes(children: readonly Child[]): ElementContent[] {
	return children.flatMap((child): ElementContent[] =>
		child === false || child === null || child === undefined
			? []
			: Array.isArray(child)
				? nodes(child)
				: typeof child === 'string' || typeof child === 'number'
					? [{ type: 'text', value: String(child) }]
					: [child as ElementContent],
	);
}

/** Children as nodes, without an element around them. */
export function html(...children: Child[]): ElementContent[] {
	return nodes(children);
}

/** An element: `h('p', { class: 'lead' }, 'Text & more')`. */
export function h(tag: string, attributes: Attributes = {}, ...children: Child[]): Element {
	return element(tag, attributes, nodes(children));
}

/**
 * A `<style>` or `<script>` element with its text as it is, for our own stylesheet and scripts.
 * Its text must not end the element early, nor open a comment in it: scripts that carry data
 * escape `<` (src/schemas/search-data.ts).
 */
export function rawText(tag: 'style' | 'script', attributes: Attributes, text: string): Element {
	if (new RegExp(`</${tag}|<!--`, 'i').test(text))
		throw new Error(`The text of a <${tag}> holds "</${tag}" or "<!--", which would break it.`);
	return element(tag, attributes, [{ type: 'text', value: text }]);
}

/** A document, as small as the serializer writes it and the HTML standard allows. */
export function documentHtml(root: Element): string {
	return toHtml(
		{ type: 'root', children: [{ type: 'doctype' }, root] },
		{
			omitOptionalTags: true,
			collapseEmptyAttributes: true,
			preferUnquoted: true,
			tightDoctype: true,
			characterReferences: { useShortestReferences: true },
		},
	);
}

/** `data-i` as hast names it: `dataI`. */
const propertyName = (attribute: string) =>
	attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** How the file's index reads the tree at build time, as it reads the DOM in the browser. */
export const HAST: TreeReader<ElementContent> = {
	children: (node) => (node.type === 'element' ? node.children : []),
	text: (node) => (node.type === 'text' ? node.value : undefined),
	tag: (node) => (node.type === 'element' ? node.tagName : undefined),
	attribute: (node, name) => {
		if (node.type !== 'element') return undefined;
		const value = node.properties[propertyName(name)];
		return value === undefined || value === null || value === false
			? undefined
			: value === true
				? ''
				: String(value);
	},
};
