/**
 * The offline edition's script, which the edition inlines (bundled by
 * src/integrations/inline-script.ts): the site's search box (src/search/ui/search-box.ts) on the
 * file's own engine (full-text.ts), with the search data the file carries, so that it answers,
 * copies for a ticket and reads a pasted request as the site does. The file's words are indexed once
 * the browser is idle after opening it, or at the first query that needs them, if sooner.
 */
import { parseSearchData } from '../../schemas/search-data';
import type { AnswerContext } from '../../search/core/answer';
import { answerQuery } from '../../search/core/pipeline';
import { SearchBox } from '../../search/ui/search-box';
import { onSearchShortcut } from '../../search/ui/shortcut';
import { absoluteUrl, codePath, commandSlug } from '../../urls';
import {
	codeAnchor,
	commandAnchor,
	POSITIVE_VALUES_ANCHOR,
	RESULT_SHAPE_ANCHOR,
	SEARCH_IDS,
} from '../markup';
import { readArticle, type TreeReader } from './articles';
import { FullTextIndex } from './full-text';

const DOM: TreeReader<Node> = {
	children: (node) => node.childNodes,
	text: (node) => (node.nodeType === Node.TEXT_NODE ? (node.nodeValue ?? '') : undefined),
	tag: (node) => (node instanceof Element ? node.localName : undefined),
	attribute: (node, name) =>
		node instanceof Element ? (node.getAttribute(name) ?? undefined) : undefined,
};

const data = parseSearchData(document.getElementById(SEARCH_IDS.searchData)!.textContent!);
const field = document.getElementById(SEARCH_IDS.field) as HTMLInputElement;
const form = field.form!;
/** The site's address, where the build knew it: a ticket links to the code's page there. */
const site = form.dataset.site;
const lists = new Intl.ListFormat(document.documentElement.lang || 'en', { type: 'conjunction' });
/** Where the answer's links lead: to the file's own articles. */
const context: AnswerContext = {
	code: (code) => `#${codeAnchor(code)}`,
	command: (name) => `#${commandAnchor(commandSlug(name))}`,
	positiveValues: `#${POSITIVE_VALUES_ANCHOR}`,
	results: `#${RESULT_SHAPE_ANCHOR}`,
	...(data.tracker ? { tracker: data.tracker } : {}),
	list: (items) => lists.format(items),
};

let index: FullTextIndex | undefined;
const engine = () =>
	(index ??= new FullTextIndex(
		[...document.querySelectorAll('article[id]')].map((article) => readArticle(article, DOM)),
	));

const box = new SearchBox(form, {
	source: { engine: async () => engine(), data: async () => data, yieldToKeys: false },
	context: () => context,
	pageOf: (code) =>
		site
			? absoluteUrl(codePath(code), site)
			: `${location.href.replace(/#.*$/, '')}#${codeAnchor(code)}`,
	onEscape: () => {
		if (field.value === '') return false;
		box.run('');
		return true;
	},
	// The answer drops down over the page while the field has focus (edition.css).
	isShown: () => document.activeElement === field,
});
field.addEventListener('focus', () => box.combobox.updateExpanded());
field.addEventListener('blur', () => box.combobox.updateExpanded());
// A press on an option keeps the focus in the field, which would hide the answer before the click.
document
	.getElementById(SEARCH_IDS.results)!
	.addEventListener('pointerdown', (event) => event.preventDefault());

/** Moves the focus to where an in-file link leads: an article's heading, or the element itself. */
function focusTarget(hash: string): void {
	const target = document.getElementById(decodeURIComponent(hash.slice(1)));
	const focusable = target?.matches('article') ? target.querySelector('h3') : target;
	if (!focusable) return;
	if (!focusable.hasAttribute('tabindex')) focusable.tabIndex = -1;
	focusable.focus({ preventScroll: true });
}

// Any link within the file, an option included, moves the focus to where it leads.
document.addEventListener('click', (event) => {
	const link = event.target instanceof Element ? event.target.closest('a') : null;
	if (link?.getAttribute('href')?.startsWith('#')) setTimeout(() => focusTarget(link.hash));
});
// `/` from anywhere but a field, or Ctrl+K from anywhere, comes back to the field.
onSearchShortcut(() => box.focusField());
// What was typed while the file was still being read.
if (field.value !== '') box.run(field.value);

// Once the file shows: index its words, and answer once, so that the browser has compiled the
// search before the first key a person types.
const prepare = () => void answerQuery('result code', engine(), data);
if ('requestIdleCallback' in window) requestIdleCallback(prepare);
else setTimeout(prepare, 100);
