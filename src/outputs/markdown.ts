/**
 * Pages as Markdown, for tools that read documentation: each code's twin (/codes/-18.md),
 * /llms-full.txt (all of them) and /llms.txt (a line and a link per code and command). A twin is
 * made from the same view as the page (src/views/code-page.ts), so it says what the page says.
 */
import type { CodePageView, LinkView } from '../views/code-page';
import { markdownText } from '../utils/markdown';
import type { Rich } from '../utils/rich';

const fence = (lang: string, code: string) => ['```' + lang, code, '```'].join('\n');
const link = (text: string, url: string) => `[${text}](${url})`;
const bullets = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

/** Text in parts as Markdown: code in backticks, links as links. */
function richMarkdown(parts: Rich): string {
	return parts
		.map((part) => {
			const text = part.code ? `\`${part.text}\`` : markdownText(part.text);
			return part.href ? link(text, part.href) : text;
		})
		.join('');
}

const richBullets = (items: readonly Rich[]) => bullets(items.map(richMarkdown));
const codeLinks = (links: readonly LinkView[]) =>
	bullets(links.map(({ text, href }) => link(markdownText(text), href)));
const commandLinks = (links: readonly LinkView[]) =>
	links.map(({ text, href }) => link(`\`${text}\``, href)).join(', ');

/**
 * A code's page as Markdown: its view's words, with links as the view has them (absolute, where the
 * site's address is known), and vendor text escaped only where Markdown would read it as markup.
 * `pageLabel` introduces the page's address at the end.
 */
export function codeMarkdown(view: CodePageView, pageLabel: string): string {
	const { triage } = view;
	const blocks: string[] = [
		`# ${view.code} ${markdownText(view.name)}`,
		view.message.text !== undefined
			? `> ${markdownText(view.message.text)}`
			: `_${view.message.none}_`,
		richMarkdown(view.summary),
		`**${triage.label}**: ${[triage.actor, triage.retry].flatMap((badge) => (badge ? `${badge.text}.` : [])).join(' ')} ${triage.reading} ${richMarkdown(triage.note)}`,
		fence('xml', view.result.code),
	];
	for (const section of view.sections) {
		blocks.push(`## ${section.title}`);
		switch (section.id) {
			case 'meaning':
				blocks.push(
					...section.paragraphs.map(richMarkdown),
					`${section.searchTermsLabel} ${section.searchTerms.map((term) => `“${markdownText(term)}”`).join(', ')}`,
				);
				break;
			case 'causes':
				blocks.push(richBullets(section.items));
				break;
			case 'fixes':
				blocks.push(
					section.items.map((fix, index) => `${index + 1}. ${richMarkdown(fix)}`).join('\n'),
				);
				break;
			case 'example':
				blocks.push(richMarkdown(section.note));
				for (const block of [section.request, section.answer, section.fixed]) {
					if (block)
						blocks.push(
							`${block.title}:`,
							fence(block.lang === 'xml' ? 'xml' : 'text', block.code),
						);
				}
				break;
			case 'returned-by':
				blocks.push(richMarkdown(section.lead));
				for (const commands of [section.listed, section.likely]) {
					if (commands)
						blocks.push(
							`### ${commands.heading}`,
							...(commands.note ? [richMarkdown(commands.note)] : []),
							`${commandLinks(commands.commands)}.`,
						);
				}
				break;
			case 'related':
				blocks.push(codeLinks(section.codes));
				break;
			case 'provenance':
				blocks.push(section.explanation);
				if (section.notes.length > 0) blocks.push(richBullets(section.notes));
				if (section.wordings) {
					blocks.push(
						`### ${section.wordings.heading}`,
						bullets(
							section.wordings.items.map(
								({ text, where }) => `“${markdownText(text)}”: ${richMarkdown(where)}`,
							),
						),
					);
				}
				blocks.push(
					`### ${section.sources.heading}`,
					bullets(
						section.sources.items.map(
							(source) =>
								`${link(markdownText(source.title), source.url)}: ${richMarkdown(source.says)}`,
						),
					),
				);
				break;
		}
	}
	blocks.push(`${pageLabel} ${view.path}`);
	return `${blocks.join('\n\n')}\n`;
}

/** /llms-full.txt: every code's Markdown, in order. */
export function joinCodeMarkdown(pages: readonly string[]): string {
	return pages.join('\n---\n\n');
}

export interface LlmsIndex {
	title: string;
	description: string;
	/** What the site is about, in a sentence or two (Markdown). */
	intro: string;
	codes: { code: number; name: string; summary: string; page: string; markdown: string }[];
	commands: { name: string; summary: string; page: string }[];
	/** Other pages and files worth reading: [title, URL, what it is]. */
	more: [string, string, string][];
}

/** /llms.txt, in the form llmstxt.org describes: a title, a summary, and sections of links. */
export function llmsTxt({ title, description, intro, codes, commands, more }: LlmsIndex): string {
	return (
		[
			`# ${title}`,
			`> ${description}`,
			intro,
			'## Result codes',
			codes
				.map(
					(entry) =>
						`- ${link(`${entry.code} ${markdownText(entry.name)}`, entry.page)}: ${entry.summary} (${link('Markdown', entry.markdown)})`,
				)
				.join('\n'),
			'## Commands',
			commands
				.map((command) => `- ${link(command.name, command.page)}: ${command.summary}`)
				.join('\n'),
			'## Optional',
			more.map(([text, url, what]) => `- ${link(text, url)}: ${what}`).join('\n'),
		].join('\n\n') + '\n'
	);
}
