/**
 * Search results as elements: the options of a search's list, and the rich text of its lines and
 * notices. Text from an index, the search data or a paste is inserted as text, never as HTML. The
 * site's search (search-box.ts) and the offline edition's build their lists with these.
 */
import type { Rich } from '../../utils/rich';
import type { SearchOption } from '../core/answer';

/** Parts as nodes: text, code, keys and marks as elements; links only where `links` (an option is itself a link). */
export function richNodes(parts: Rich, links: boolean): Node[] {
	return parts.map((part) => {
		const tag = part.code ? 'code' : part.kbd ? 'kbd' : part.mark ? 'mark' : undefined;
		let node: Node = document.createTextNode(part.text);
		if (tag) {
			const element = document.createElement(tag);
			element.textContent = part.text;
			node = element;
		}
		if (!links || !part.href) return node;
		const link = document.createElement('a');
		link.href = part.href;
		link.append(node);
		return link;
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
	detail.append(...richNodes(option.detail, false));
	link.append(title, detail);
	return link;
}
