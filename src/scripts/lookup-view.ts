/**
 * Shows exact-lookup results in the browser, for the search dialog and the home page's lookup
 * field alike. Text goes in as text (never as HTML).
 */
import { CODE_MAP_PATH, parseCodeMap } from '../lib/code-map';
import { parseCodeQuery, resolveLookup, type KnownCode, type LookupResult, type ParsedQuery } from '../lib/lookup';
import { codePath, sitePath } from '../lib/urls';

/**
 * The documented codes, fetched as the page loads, so that no lookup waits for the network.
 * Undefined where the map could not be loaded: the lookup then stays silent rather than calling
 * every code undocumented, and full-text search still answers.
 */
const knownCodes: Promise<KnownCode[] | undefined> = fetch(sitePath(CODE_MAP_PATH))
	.then((response) => (response.ok ? response.text() : Promise.reject(new Error(response.statusText))))
	.then(parseCodeMap)
	.catch(() => undefined);

export interface Lookup {
	query: ParsedQuery;
	results: LookupResult[];
}

export async function lookUp(text: string): Promise<Lookup> {
	const query = parseCodeQuery(text);
	const known = await knownCodes;
	return known ? { query, results: resolveLookup(query.mentions, known) } : { query, results: [] };
}

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string>,
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

const codeLink = ({ code, name }: KnownCode) => element('a', { href: codePath(code) }, `${code} ${name}`);

function resultItem(result: LookupResult): HTMLLIElement {
	switch (result.kind) {
		case 'code':
			return element(
				'li',
				{ class: 'lookup-code' },
				element(
					'a',
					{ href: codePath(result.code), 'data-lookup-go': '' },
					'Go to ',
					element('strong', {}, String(result.code)),
					` ${result.name}`
				),
				...(result.signAssumed
					? [element('span', { class: 'lookup-note' }, `Read as ${result.code}: error codes are negative.`)]
					: [])
			);
		case 'undocumented': {
			const nearest = result.nearest.flatMap((entry, index) => [index === 0 ? '' : ' or ', codeLink(entry)]);
			return element(
				'li',
				{ class: 'lookup-undocumented' },
				element('strong', {}, `No documented result code ${result.code}.`),
				' ',
				...(nearest.length > 0 ? ['Nearest: ', ...nearest, '. '] : []),
				element('a', { href: sitePath('codes/') }, 'All result codes')
			);
		}
		case 'positive':
			return element(
				'li',
				{ class: 'lookup-positive' },
				element('strong', {}, `${result.value} is a positive value, not an error.`),
				' Its meaning depends on the command that answered. ',
				element('a', { href: sitePath('results/#positive-values') }, 'Positive values')
			);
	}
}

/** Replaces the list's items with the results. */
export function renderLookup(list: HTMLElement, results: readonly LookupResult[]): void {
	list.replaceChildren(...results.map(resultItem));
}

/** A sentence for screen readers about what the lookup found. */
export function describeLookup(results: readonly LookupResult[]): string {
	const [first] = results;
	if (!first) return '';
	const more = results.length > 1 ? ` ${results.length} results in all.` : '';
	switch (first.kind) {
		case 'code':
			return `Go to ${first.code} ${first.name}: press Enter to open it.${more}`;
		case 'undocumented':
			return `No documented result code ${first.code}.${more}`;
		case 'positive':
			return `${first.value} is a positive value, not an error.${more}`;
	}
}

/** The link Enter opens: the first result, where it is a documented code. */
export function firstCodeLink(list: HTMLElement): HTMLAnchorElement | null {
	return list.querySelector<HTMLAnchorElement>(':scope > li:first-child a[data-lookup-go]');
}
