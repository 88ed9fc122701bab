/**
 * An option of a search's list, as an element: its title, and a line under it (an excerpt keeps its
 * `<mark>` elements and nothing else). Text from an index or the code map is inserted as text,
 * never as HTML. The site's search (search-box.ts) and the offline edition's show the same options.
 */
import type { SearchOption } from './answer';

/** An excerpt as nodes (Pagefind's, or the offline edition's, which has its form): its text, with its `<mark>` elements, and nothing else. */
function excerptNodes(excerpt: string): Node[] {
	const parsed = new DOMParser().parseFromString(excerpt, 'text/html').body;
	return [...parsed.childNodes].map((node) => {
		if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
		const mark = document.createElement('mark');
		mark.textContent = node.textContent;
		return mark;
	});
}

export function optionElement(option: SearchOption, id: string): HTMLAnchorElement {
	const link = document.createElement('a');
	link.id = id;
	link.href = option.href;
	link.tabIndex = -1;
	link.className = 'search-option';
	link.dataset.kind = option.kind;
	link.setAttribute('role', 'option');
	link.setAttribute('aria-selected', 'false');
	const title = document.createElement('span');
	title.className = 'search-option-title';
	title.textContent = option.title;
	const detail = document.createElement('span');
	detail.className = 'search-option-detail';
	detail.append(...(option.excerpt ? excerptNodes(option.detail) : [option.detail]));
	link.append(title, detail);
	return link;
}
