/**
 * A code's and a command's article in the offline edition, written from their views
 * (src/views/code-page.ts, command-page.ts): what their pages on the site say, with the links of
 * links.ts, in markup kept lean (the whole file has a size budget). Each part the index weighs or
 * leaves out (src/search/core/index-policy.ts) carries the file's marker for it (`fileMarks`), as
 * the site's components carry Pagefind's, so that the file indexes what the site's index holds.
 */
import type { ResultCode } from '../../schemas/code';
import { codePath } from '../../urls';
import { codeMessage } from '../../views/code-message';
import type { BadgeView, BlockView, CodePageView, LinkView } from '../../views/code-page';
import type { CommandPageView } from '../../views/command-page';
import type { Rich } from '../../utils/rich';
import type { Words } from '../../views/words';
import { SEARCH_TERMS_ID } from '../../search/core/index-policy';
import { codeAnchor, fileMarks, isCommandAnchor, provenanceAnchor, sectionAnchor } from '../markup';
import { h, html, type Child, type Html } from './html';
import type { ResolveLink } from './links';

/** The sections that views link to (`#provenance`, from a code's badge and its disputed-number note). */
const LINKED_SECTIONS = new Set(['provenance']);

type CodeSectionView = CodePageView['sections'][number];
type CommandSectionView = CommandPageView['sections'][number];

/** How an article writes its parts: its links resolved, `#section` links to its own sections. */
export class EntryWriter {
	constructor(
		private readonly resolve: ResolveLink,
		private readonly words: Words,
	) {}

	/** A link, or its content alone where it leads nowhere; one to the site says the site's host. */
	private link(
		href: string,
		content: Child,
		entry?: string,
		attributes: { class?: string } = {},
	): Html {
		const target = this.resolve(href, entry);
		if (!target) return html(content);
		const anchor = h('a', { href: target.href, ...attributes }, content);
		return target.siteHost === undefined
			? anchor
			: html(anchor, h('span', { class: 'host' }, ` (${target.siteHost})`));
	}

	rich(parts: Rich, entry?: string): Html {
		return html(
			parts.map((part) => {
				// A command's name links as itself: the stylesheet sets links to commands as code.
				const content =
					part.code && !this.leadsToCommand(part.href, entry)
						? h('code', {}, part.text)
						: part.kbd
							? h('kbd', {}, part.text)
							: part.text;
				return part.href === undefined ? content : this.link(part.href, content, entry);
			}),
		);
	}

	private leadsToCommand(href: string | undefined, entry: string | undefined): boolean {
		return href !== undefined && isCommandAnchor(this.resolve(href, entry)?.href ?? '');
	}

	codeArticle(view: CodePageView): Html {
		const id = codeAnchor(view.code);
		const { triage } = view;
		return h(
			'article',
			{ id },
			h('h3', {}, view.title),
			h(
				'p',
				{ class: 'facts', ...fileMarks('interface') },
				this.badge(view.category, id),
				' ',
				// What the kind of provenance means is said once in the file (edition.ts), where the badge leads.
				this.badge(
					{ ...view.provenance, href: `#${provenanceAnchor(view.provenance.kind)}` },
					undefined,
					view.provenance.sign,
				),
			),
			view.disputed &&
				h(
					'div',
					{ class: 'aside caution' },
					h('p', { class: 'label' }, view.disputed.title),
					h('p', {}, this.rich(view.disputed.text, id)),
				),
			h(
				'figure',
				{ class: 'message' },
				h('figcaption', fileMarks('interface'), view.message.caption),
				view.message.text !== undefined
					? h('blockquote', {}, h('p', fileMarks('vendorMessage'), view.message.text))
					: h('p', { class: 'no-message', ...fileMarks('interface') }, view.message.none),
			),
			h('p', { class: 'lead' }, this.rich(view.summary, id)),
			h(
				'div',
				{ class: 'triage' },
				h(
					'p',
					fileMarks('interface'),
					h('b', {}, triage.label),
					' ',
					this.badge(triage.actor, id),
					triage.retry && html(' ', this.badge(triage.retry, id)),
				),
				h(
					'p',
					{ class: 'fine' },
					h('b', fileMarks('interface'), triage.reading),
					' ',
					this.rich(triage.note, id),
				),
			),
			// The result's note, the same for every code, is said once, where the file shows a result.
			this.block(view.result, 'shared'),
			view.sections.map((section) => {
				const content = [
					this.heading(id, section.id, section.title),
					this.codeSection(id, section),
				];
				// "Returned by", heading and all, says what every code's page says of its commands.
				return section.id === 'returned-by' ? h('div', fileMarks('shared'), content) : content;
			}),
		);
	}

	private codeSection(id: string, section: CodeSectionView): Child {
		switch (section.id) {
			case 'meaning':
				return [
					section.paragraphs.map((paragraph) => h('p', {}, this.rich(paragraph, id))),
					h(
						'p',
						{
							class: 'fine',
							id: sectionAnchor(id, SEARCH_TERMS_ID),
							...fileMarks('searchTerms'),
						},
						h('b', fileMarks('interface'), section.searchTermsLabel),
						' ',
						section.searchTerms.map((term, index) => [index > 0 && ', ', h('q', {}, term)]),
					),
				];
			case 'causes':
				return h('ul', {}, this.items(section.items, id));
			case 'fixes':
				return h('ol', {}, this.items(section.items, id));
			case 'example':
				return [
					h('p', {}, this.rich(section.note, id)),
					this.block(section.request),
					this.block(section.answer),
					section.fixed && this.block(section.fixed),
				];
			case 'returned-by':
				return [
					h('p', {}, this.rich(section.lead, id)),
					[section.listed, section.likely].map(
						(commands) =>
							commands && [
								h('h5', {}, commands.heading),
								commands.note && h('p', {}, this.rich(commands.note, id)),
								this.commandLinks(commands.commands),
							],
					),
				];
			case 'related':
				return h(
					'ul',
					{ class: 'plain', ...fileMarks('otherEntries') },
					section.codes.map((code) => h('li', {}, this.link(code.href, code.text))),
				);
			case 'provenance':
				return [
					section.notes.length > 0 && h('ul', {}, this.items(section.notes, id)),
					section.wordings && [
						h('h5', {}, section.wordings.heading),
						h(
							'ul',
							{},
							section.wordings.items.map((wording) =>
								h('li', {}, h('q', {}, wording.text), ': ', this.rich(wording.where, id)),
							),
						),
					],
					h('h5', fileMarks('shared'), section.sources.heading),
					h(
						'ul',
						fileMarks('shared'),
						section.sources.items.map((source) =>
							h('li', {}, this.link(source.url, source.title), ': ', this.rich(source.says, id)),
						),
					),
				];
		}
	}

	commandArticle(view: CommandPageView, id: string): Html {
		return h(
			'article',
			{ id },
			h('h3', {}, view.name),
			h(
				'p',
				{ class: 'facts', ...fileMarks('interface') },
				view.badges.map((badge, index) => [index > 0 && ' ', this.badge(badge, id)]),
			),
			h('p', { class: 'lead' }, this.rich(view.summary, id)),
			view.sections.map((section) => [
				this.heading(id, section.id, section.title),
				this.commandSection(id, section),
			]),
		);
	}

	private commandSection(id: string, section: CommandSectionView): Child {
		switch (section.id) {
			case 'request':
				// The request's note, the same for every command, is said once, above the commands.
				return this.block(section.request);
			case 'parameters':
				return h(
					'table',
					{},
					h(
						'thead',
						fileMarks('columnHeadings'),
						h(
							'tr',
							{},
							section.headings.map((heading) => h('th', { scope: 'col' }, heading)),
						),
					),
					h(
						'tbody',
						{},
						section.parameters.map((parameter) =>
							h(
								'tr',
								{},
								h('td', {}, h('code', {}, parameter.name)),
								h('td', {}, h('code', {}, parameter.type)),
								h('td', {}, this.rich(parameter.description, id)),
							),
						),
					),
				);
			case 'result-codes':
				return [
					section.note && h('p', {}, this.rich(section.note, id)),
					section.listed && this.codeList(section.listed.caption, section.listed.codes),
					section.listedNone && h('p', {}, section.listedNone),
					section.likely && [
						this.codeList(section.likely.caption, section.likely.codes),
						h('p', {}, this.rich(section.likely.note, id)),
					],
				];
			case 'versions':
				return [
					section.since && h('p', {}, section.since),
					section.changelog.length > 0 && h('ul', {}, this.items(section.changelog, id)),
				];
			case 'notes':
				return h('ul', {}, this.items(section.items, id));
			case 'vendor-documentation':
				return [
					section.article &&
						h('p', {}, section.article.label, ' ', h('code', {}, section.article.id), '.'),
					h(
						'ul',
						{},
						section.urls.map((url) => h('li', {}, h('a', { href: url, class: 'url' }, url))),
					),
				];
		}
	}

	/** A section's heading; with an anchor of its own (`#code--18-provenance`) where views link to it. */
	private heading(entry: string, section: string, title: string): Html {
		return h(
			'h4',
			{ id: LINKED_SECTIONS.has(section) ? sectionAnchor(entry, section) : undefined },
			title,
		);
	}

	/** Prose as list items. */
	private items(items: readonly Rich[], entry: string): Html[] {
		return items.map((item) => h('li', {}, this.rich(item, entry)));
	}

	/** A badge; one that leads somewhere in the file is a link. */
	badge(badge: BadgeView, entry: string | undefined, sign?: string): Html {
		const attributes = {
			class: badge.variant === 'default' ? 'badge' : `badge ${badge.variant}`,
		};
		const content = [sign && h('span', { 'aria-hidden': 'true' }, `${sign} `), badge.text];
		return badge.href === undefined
			? h('span', attributes, content)
			: this.link(badge.href, content, entry, attributes);
	}

	/** A code block, which no article is found by; `part`, where it says what every article says. */
	private block(block: BlockView, part: 'codeBlock' | 'shared' = 'codeBlock'): Html {
		return h(
			'figure',
			fileMarks(part),
			block.title && h('figcaption', {}, block.title),
			h('pre', {}, block.code),
		);
	}

	/** Commands as links in a line. */
	private commandLinks(links: readonly LinkView[]): Html {
		return h(
			'p',
			{},
			links.map((link, index) => [index > 0 && ', ', this.link(link.href, link.text)]),
		);
	}

	/** Codes under a caption: number and name linked, the vendor's message or why there is none under them. */
	private codeList(caption: string, codes: readonly ResultCode[]): Child {
		return h(
			'div',
			fileMarks('otherEntries'),
			h('h5', {}, caption),
			h(
				'ul',
				{ class: 'plain codes' },
				codes.map((entry) => {
					const message = codeMessage(entry, this.words);
					return h(
						'li',
						{},
						this.link(codePath(entry.code), `${entry.code} ${entry.name}`),
						h('span', message.none ? { class: 'no-message' } : {}, message.text),
					);
				}),
			),
		);
	}
}
