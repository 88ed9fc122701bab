/**
 * What a code's page says, as data: every UI string resolved, every prose field in parts with its
 * links, every link a path (or a URL, through `href`). The page (src/components/CodeArticle.astro)
 * and its Markdown twin (src/outputs/markdown.ts) are both made from it, so they say the same.
 */
import type { CommandsReturning, Reference } from '../reference/reference';
import { codeSections, type CodeSection } from '../reference/sections';
import type { BadgeVariant } from '../schemas/badges';
import type { ResultCode } from '../schemas/code';
import type { Command } from '../schemas/command';
import type { GeneralRule } from '../schemas/general-rule';
import { PROVENANCE, type Provenance } from '../schemas/provenance';
import { RETRY_HELPS, TRIAGE_ACTORS } from '../schemas/triage';
import { categoryPath, codeMarkdownPath, codePath, commandPath, PATHS } from '../urls';
import { requestUrl } from '../utils/request-url';
import { resultXml } from '../utils/result-xml';
import { ui, type Rich } from '../utils/rich';
import { prose, proseText } from './prose';
import type { Words } from './words';

export interface BadgeView {
	text: string;
	variant: BadgeVariant;
	/** Where the badge leads, if anywhere. */
	href?: string;
}

export interface LinkView {
	text: string;
	href: string;
}

/** A code block: its title, text and language. */
export interface BlockView {
	title: string;
	code: string;
	lang: 'xml' | 'txt';
}

/** Commands under a heading, with a sentence about them. */
interface CommandsView {
	heading: string;
	note?: Rich;
	commands: LinkView[];
}

export type CodeSectionView = { title: string } & (
	| { id: 'meaning'; paragraphs: Rich[]; searchTermsLabel: string; searchTerms: string[] }
	| { id: 'causes'; items: Rich[] }
	| { id: 'fixes'; items: Rich[] }
	| { id: 'example'; note: Rich; request: BlockView; answer: BlockView; fixed?: BlockView }
	| { id: 'returned-by'; lead: Rich; listed?: CommandsView; likely?: CommandsView }
	| { id: 'related'; codes: LinkView[] }
	| {
			id: 'provenance';
			explanation: string;
			notes: Rich[];
			wordings?: { heading: string; items: { text: string; where: Rich }[] };
			sources: { heading: string; items: { title: string; url: string; says: Rich }[] };
			permanentLink: { label: string; href: string };
	  }
);

export interface CodePageView {
	code: number;
	/** The vendor's name, verbatim. */
	name: string;
	/** `-18 General error`: the page's title. */
	title: string;
	path: string;
	markdownPath: string;
	/** For search engines and link previews: the vendor's message, then our summary, as plain text. */
	description: string;
	category: BadgeView;
	/** How sure the number is: its badge, with the sign beside its colour, and which of the kinds it is. */
	provenance: BadgeView & { sign: string; kind: Provenance };
	/** Where vendor pages disagree about the number. */
	disputed?: { title: string; text: Rich };
	/** The vendor's message, verbatim, or what it means that there is none. */
	message: { caption: string; text?: string; none?: string };
	summary: Rich;
	triage: { label: string; actor: BadgeView; retry?: BadgeView; reading: string; note: Rich };
	result: BlockView & { note: Rich };
	sections: CodeSectionView[];
	/** What a copied Markdown link says: `VDG Sense -18 General error`. */
	linkLabel: string;
}

/** How a view builder writes the site's links: as paths on the site, as absolute URLs in files for tools. */
export type Href = (path: string) => string;

/** The parts of the data's prose on the page at `here`. */
export type ProseOf = (text: string) => Rich;

function proseOn(reference: Reference, here: string, href: Href): ProseOf {
	const links = {
		command: (name: string) => mapped(reference.proseLinks.command(name), href),
		code: (code: number) => mapped(reference.proseLinks.code(code), href),
	};
	return (text) => prose(text, links, here);
}

const mapped = (path: string | undefined, href: Href) =>
	path === undefined ? undefined : href(path);

const commandLinks = (commands: readonly Command[], href: Href): LinkView[] =>
	commands.map((command) => ({ text: command.name, href: href(commandPath(command.name)) }));

/**
 * A general rule about the code (data/general-rules.json): our sentence, and the vendor's words it
 * rests on, linked to the vendor's page where we have its address.
 */
function ruleParts(rule: GeneralRule, words: Words, proseOf: ProseOf): Rich {
	const { says, page, url } = rule.vendor;
	return [
		...proseOf(rule.statement),
		{ text: ' ' },
		...ui(
			words(url ? 'codePage.ruleSource' : 'diagnosis.vendorWords', { page, says, url: url ?? '' }),
		),
	];
}

/**
 * "Returned by": first the general rules that tie the code to every command (or every command that
 * takes a time, or any request, by our reading); the sentence that the vendor's pages show
 * commands answering with the code belongs above those commands only; where no vendor page lists
 * the code, the page says so, and the commands that fit it by meaning follow apart, as our reading.
 */
function returnedBy(
	code: number,
	returning: CommandsReturning,
	rules: readonly GeneralRule[],
	words: Words,
	href: Href,
	proseOf: ProseOf,
) {
	const listed = returning.listed.length > 0;
	const likely = returning.likely.length > 0;
	const lead = listed
		? words('codePage.returnedBy', { code })
		: likely
			? words('codePage.returnedByNoneListed', { code })
			: words('codePage.returnedByNone');
	return {
		lead: [
			...rules.flatMap((rule) => [...ruleParts(rule, words, proseOf), { text: ' ' }]),
			...ui(lead),
		],
		listed: listed
			? {
					heading: words('codePage.returnedByListed'),
					commands: commandLinks(returning.listed, href),
				}
			: undefined,
		likely: likely
			? {
					heading: words('codePage.returnedByLikely'),
					note: ui(words('codePage.returnedByLikelyNote')),
					commands: commandLinks(returning.likely, href),
				}
			: undefined,
	};
}

/** True where the example's command lists the code on its vendor page; else the pairing is our reading. */
function exampleListed(entry: ResultCode, reference: Reference): boolean {
	const command = entry.example && reference.commandOfRequest(entry.example.request);
	return command?.codes.listed.includes(entry.code) ?? false;
}

function section(
	id: CodeSection,
	entry: ResultCode,
	reference: Reference,
	words: Words,
	href: Href,
	proseOf: ProseOf,
): CodeSectionView {
	const title = words(`codeSection.${id}`);
	switch (id) {
		case 'meaning':
			return {
				id,
				title,
				paragraphs: entry.explanation.map(proseOf),
				searchTermsLabel: words('codePage.searchTerms'),
				searchTerms: entry.searchTerms,
			};
		case 'causes':
			return { id, title, items: entry.causes.map(proseOf) };
		case 'fixes':
			return { id, title, items: entry.fixes.map(proseOf) };
		case 'example': {
			const example = entry.example!;
			return {
				id,
				title,
				note: proseOf(example.note),
				request: {
					title: words('codePage.exampleRequest'),
					code: requestUrl(example.request),
					lang: 'txt',
				},
				answer: {
					title: words(
						exampleListed(entry, reference)
							? 'codePage.exampleAnswer'
							: 'codePage.exampleProbableAnswer',
					),
					code: resultXml(entry.code, entry.name),
					lang: 'xml',
				},
				fixed: example.fixed
					? { title: words('codePage.exampleFixed'), code: requestUrl(example.fixed), lang: 'txt' }
					: undefined,
			};
		}
		case 'returned-by':
			return {
				id,
				title,
				...returnedBy(
					entry.code,
					reference.commandsReturning(entry.code),
					reference.rulesAbout(entry.code),
					words,
					href,
					proseOf,
				),
			};
		case 'related':
			return {
				id,
				title,
				codes: reference.related(entry).map((other) => ({
					text: `${other.code} ${other.name}`,
					href: href(codePath(other.code)),
				})),
			};
		case 'provenance':
			return {
				id,
				title,
				explanation: words(`provenance.${entry.provenance}.explanation`),
				notes: entry.notes.map(proseOf),
				wordings:
					entry.wordings.length > 0
						? {
								heading: words('codePage.otherWordings'),
								items: entry.wordings.map(({ text, where }) => ({ text, where: proseOf(where) })),
							}
						: undefined,
				sources: {
					heading: words('codePage.sources'),
					items: entry.sources.map(({ url, title, says }) => ({ url, title, says: proseOf(says) })),
				},
				permanentLink: { label: words('codePage.permanentLink'), href: href(codePath(entry.code)) },
			};
	}
}

/** What the page of `entry` says. `href` writes the site's links: as paths by default, for the site itself. */
export function codePage(
	entry: ResultCode,
	reference: Reference,
	words: Words,
	href: Href = (path) => path,
): CodePageView {
	const { actsFirst, retry, note } = entry.triage;
	const provenance = PROVENANCE[entry.provenance];
	const proseOf = proseOn(reference, href(codePath(entry.code)), href);
	return {
		code: entry.code,
		name: entry.name,
		title: `${entry.code} ${entry.name}`,
		path: href(codePath(entry.code)),
		markdownPath: href(codeMarkdownPath(entry.code)),
		description: [entry.message, proseText(entry.summary)].filter(Boolean).join(' — '),
		category: {
			text: words(`category.${entry.category}.label`),
			variant: 'default',
			href: href(categoryPath(entry.category)),
		},
		provenance: {
			text: words(`provenance.${entry.provenance}.badge`),
			variant: provenance.variant,
			sign: provenance.sign,
			kind: entry.provenance,
			href: '#provenance',
		},
		disputed:
			entry.provenance === 'conflicting'
				? { title: words('codePage.disputedTitle'), text: ui(words('codePage.disputed')) }
				: undefined,
		message: {
			caption: words('codePage.vendorMessage'),
			...(entry.message
				? { text: entry.message }
				: { none: words(`provenance.${entry.provenance}.noMessage`) }),
		},
		summary: proseOf(entry.summary),
		triage: {
			label: words('triage.label'),
			actor: {
				text: words(`triage.actor.${actsFirst}.label`),
				variant: TRIAGE_ACTORS[actsFirst].variant,
			},
			retry:
				actsFirst === 'none'
					? undefined
					: { text: words(`triage.retry.${retry}`), variant: RETRY_HELPS[retry].variant },
			reading: words('triage.reading'),
			note: proseOf(note),
		},
		result: {
			title: words('codePage.result'),
			code: resultXml(entry.code, entry.name),
			lang: 'xml',
			note: ui(words('codePage.resultNote', { results: href(PATHS.results) })),
		},
		sections: codeSections(entry).map((id) => section(id, entry, reference, words, href, proseOf)),
		linkLabel: words('copyLinks.label', { code: entry.code, name: entry.name }),
	};
}
