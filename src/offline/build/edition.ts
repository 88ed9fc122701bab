/**
 * The offline edition (/vdg-sense-result-codes.html): every code and command page in one HTML file,
 * for networks with no way out to the internet. Every code's and command's article, made from their
 * views (entries.ts), under a search that answers as the site's does: the site's own lookup, and
 * full text over the file's own words (app.ts). Its stylesheet and script are inline: opened from
 * file://, it loads nothing. What every article would repeat is said once, before them: how to read
 * a result, what each kind of provenance means, how requests are written.
 */
import {
	groupCodesByCategory,
	groupCommandsByCategory,
	type Reference,
} from '../../reference/reference';
import { EXPORT_VERSION } from '../../schemas/export';
import { PROVENANCE, PROVENANCE_IDS } from '../../schemas/provenance';
import { serializeSearchData, type SearchData } from '../../schemas/search-data';
import { codePath, commandSlug, PATHS } from '../../urls';
import { resultXml } from '../../utils/result-xml';
import { codePage } from '../../views/code-page';
import { commandPage } from '../../views/command-page';
import { ui } from '../../utils/rich';
import type { Words } from '../../views/words';
import {
	categoryAnchor,
	codeAnchor,
	CODES_ANCHOR,
	commandAnchor,
	COMMANDS_ANCHOR,
	POSITIVE_VALUES_ANCHOR,
	provenanceAnchor,
	RESULT_SHAPE_ANCHOR,
	SEARCH_IDS,
} from '../markup';
import script from '../app/app.ts?inline-script';
import styles from './edition.css?inline';
import { EntryWriter } from './entries';
import { readArticle, type IndexedDocument } from '../app/articles';
import { documentHtml, h, HAST, rawText, type Html } from './html';
import { linksOf } from './links';

export interface EditionSource {
	reference: Reference;
	words: Words;
	/** The site's search data (/search-data.json): the file's search answers from the same. */
	searchData: SearchData;
	/** The site's address (SITE_URL), for links to the site; without it they are text. */
	site: URL | undefined;
	/** The edition's date (edition-date.ts). */
	date: Date;
	/** The data's fingerprint (src/outputs/constants/source.ts). */
	fingerprint: string;
}

/** `2026-12-06`: read the same way everywhere. */
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function offlineEdition(source: EditionSource): string {
	const { reference, words, site } = source;
	const writer = new EntryWriter(linksOf(reference, site), words);
	const date = isoDate(source.date);
	const document = h(
		'html',
		{ lang: 'en' },
		h(
			'head',
			{},
			h('meta', { charset: 'utf-8' }),
			h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
			h('meta', { name: 'color-scheme', content: 'light dark' }),
			h('title', {}, words('offline.title', { site: words('site.title'), date })),
			h('meta', { name: 'description', content: words('site.description') }),
			rawText('style', {}, styles),
		),
		h(
			'body',
			{},
			h(
				'header',
				{ class: 'intro' },
				h('h1', {}, words('site.title')),
				h('p', { class: 'lead' }, words('home.lead', { count: reference.codes.length })),
				h(
					'p',
					{ class: 'edition' },
					words('offline.edition', {
						date,
						version: EXPORT_VERSION,
						fingerprint: source.fingerprint,
						codes: reference.codes.length,
						commands: reference.commands.length,
					}),
					site &&
						h(
							'span',
							{},
							' ',
							words('offline.online'),
							' ',
							h('a', { href: site.href, class: 'url' }, site.href),
						),
				),
			),
			searchBar(writer, words, site),
			h(
				'main',
				{},
				resultShape(writer, words),
				provenanceKinds(writer, words),
				contents(reference, words),
				h(
					'section',
					{ 'aria-labelledby': CODES_ANCHOR },
					h('h2', { id: CODES_ANCHOR }, words('sidebar.codes')),
					codeArticles(reference, writer, words),
				),
				h(
					'section',
					{ 'aria-labelledby': COMMANDS_ANCHOR },
					h('h2', { id: COMMANDS_ANCHOR }, words('sidebar.commands')),
					h('p', {}, writer.rich(ui(words('commandPage.requestNote')))),
					commandArticles(reference, writer, words),
				),
			),
			rawText(
				'script',
				{ type: 'application/json', id: SEARCH_IDS.searchData },
				serializeSearchData(source.searchData),
			),
			rawText('script', {}, script),
		),
	);
	return documentHtml(document);
}

const codeArticles = (reference: Reference, writer: EntryWriter, words: Words) =>
	reference.codes.map((entry) => writer.codeArticle(codePage(entry, reference, words)));

const commandArticles = (reference: Reference, writer: EntryWriter, words: Words) =>
	reference.commands.map((command) =>
		writer.commandArticle(
			commandPage(command, reference, words),
			commandAnchor(commandSlug(command.name)),
		),
	);

/**
 * The file's articles as its index reads them when the file opens (src/offline/app/articles.ts):
 * for searching the file in Node as the browser does.
 */
export function editionDocuments(
	reference: Reference,
	words: Words,
	site: URL | undefined,
): IndexedDocument[] {
	const writer = new EntryWriter(linksOf(reference, site), words);
	return [
		...codeArticles(reference, writer, words),
		...commandArticles(reference, writer, words),
	].map((article) => readArticle(article, HAST));
}

/**
 * The search field, at the top of the screen wherever the reader is, its answer dropping down over
 * the page while it has focus, and the status line that announces it: the form of the site's
 * search box (src/components/SearchBox.astro), which app.ts makes work as the site's does. A code
 * copied for a ticket links to its page on the site, where the site's address is known.
 */
function searchBar(writer: EntryWriter, words: Words, site: URL | undefined): Html {
	return h(
		'form',
		{ class: 'bar', role: 'search', 'data-site': site?.href },
		h('label', { for: SEARCH_IDS.field }, words('searchBox.pageLabel')),
		h('input', {
			id: SEARCH_IDS.field,
			type: 'search',
			role: 'combobox',
			'aria-autocomplete': 'list',
			'aria-expanded': 'false',
			'aria-controls': SEARCH_IDS.results,
			'aria-describedby': SEARCH_IDS.hint,
			autocomplete: 'off',
			autocapitalize: 'off',
			spellcheck: 'false',
			enterkeyhint: 'go',
			placeholder: words('searchBox.placeholder'),
			autofocus: true,
		}),
		// Focused at once, before the rest of the file is read: typing works from the first moment,
		// and app.ts answers what was typed when it runs.
		rawText('script', {}, `document.getElementById(${JSON.stringify(SEARCH_IDS.field)}).focus()`),
		h(
			'div',
			{ class: 'answer' },
			h(
				'p',
				{ id: SEARCH_IDS.hint, class: 'hint' },
				h(
					'span',
					{ class: 'with-script' },
					h('span', { class: 'enter-hint' }, words('searchBox.hint')),
					' ',
					writer.rich(ui(words('offline.comeBack'))),
				),
				h('span', { class: 'without-script' }, words('offline.withoutScript')),
			),
			h('div', { class: 'search-notices' }),
			h('div', {
				id: SEARCH_IDS.results,
				role: 'listbox',
				'aria-label': words('searchBox.results'),
			}),
		),
		h('p', { class: 'search-status sr-only', role: 'status' }),
	);
}

/** What a result looks like, as the home page says it; positive values are explained here. */
function resultShape(writer: EntryWriter, words: Words): Html {
	const id = RESULT_SHAPE_ANCHOR;
	return h(
		'section',
		{ 'aria-labelledby': id },
		h('h2', { id }, words('home.resultShape')),
		h(
			'figure',
			{ class: 'block' },
			h('figcaption', {}, words('codePage.result')),
			h('pre', {}, h('code', {}, resultXml(-18, 'General error'))),
		),
		h('p', {}, writer.rich(ui(words('codePage.resultNote', { results: PATHS.results })))),
		h(
			'ul',
			{},
			h('li', {}, writer.rich(ui(words('home.zero', { ok: codePath(0) })))),
			h('li', {}, writer.rich(ui(words('home.negative', { codes: PATHS.codes })))),
			h(
				'li',
				{ id: POSITIVE_VALUES_ANCHOR },
				writer.rich(ui(words('home.positive', { positiveValues: PATHS.positiveValues }))),
			),
		),
	);
}

/** What each kind of provenance means, said once for all the codes of the kind: their badges lead here. */
function provenanceKinds(writer: EntryWriter, words: Words): Html {
	const id = 'provenance-kinds';
	return h(
		'section',
		{ 'aria-labelledby': id },
		h('h2', { id }, words('codeSection.provenance')),
		h(
			'ul',
			{ class: 'plain' },
			PROVENANCE_IDS.map((kind) =>
				h(
					'li',
					{ id: provenanceAnchor(kind) },
					writer.badge(
						{ text: words(`provenance.${kind}.badge`), variant: PROVENANCE[kind].variant },
						undefined,
						PROVENANCE[kind].sign,
					),
					' ',
					words(`provenance.${kind}.explanation`),
				),
			),
		),
	);
}

/** Every code by category and every command by the vendor's category, linked to their articles. */
function contents(reference: Reference, words: Words): Html {
	const id = 'contents';
	const list = (links: [string, string][]) =>
		h(
			'ul',
			{},
			links.map(([href, text]) => h('li', {}, h('a', { href }, text))),
		);
	return h(
		'nav',
		{ 'aria-labelledby': id },
		h('h2', { id }, words('offline.contents')),
		h('h3', {}, words('sidebar.codes')),
		groupCodesByCategory(reference.codes).map((group) => [
			h('h4', { id: categoryAnchor(group.category) }, words(`category.${group.category}.label`)),
			list(
				group.codes.map((entry) => [`#${codeAnchor(entry.code)}`, `${entry.code} ${entry.name}`]),
			),
		]),
		h('h3', {}, words('sidebar.commands')),
		groupCommandsByCategory(reference.commands).map((group) => [
			h('h4', {}, group.category),
			list(
				group.commands.map((command) => [
					`#${commandAnchor(commandSlug(command.name))}`,
					command.name,
				]),
			),
		]),
	);
}
