/**
 * Pages as Markdown, from the data rather than from their HTML: each code's twin (/codes/-18.md),
 * /llms-full.txt (all of them) and /llms.txt (a line and a link per code and command), for tools
 * that read documentation.
 */
import type { ResultCode } from '../schemas/code';
import type { Command } from '../schemas/command';
import { PROVENANCE } from './provenance';
import { resultXml } from './result-xml';
import { requestUrl } from './request-url';
import type { CommandsReturning, Reference } from './reference';
import { CODE_SECTIONS, codeSections } from './sections';
import { RETRY_HELPS, TRIAGE_ACTORS } from './triage';
import { absoluteUrl, codePath, commandPath } from './urls';

/**
 * Vendor text as Markdown text, kept verbatim where it can be: only what Markdown would read as
 * markup here is escaped (code, emphasis, HTML, a link's `](`), not "[1..64]" or ">5".
 */
export function markdownText(text: string): string {
	return text.replace(/[\\`*_<]/g, '\\$&').replace(/\]\(/g, ']\\(');
}

const fence = (lang: string, code: string) => ['```' + lang, code, '```'].join('\n');
const link = (text: string, url: string) => `[${text}](${url})`;

export interface CodeMarkdownLinks {
	/** The code's page. */
	page: string;
	code(code: number): string;
	command(name: string): string;
}

/** A code's page as Markdown: the same sections, from the same data. */
export function codeMarkdown(
	entry: ResultCode,
	{ returnedBy, related, links }: { returnedBy: CommandsReturning; related: ResultCode[]; links: CodeMarkdownLinks }
): string {
	const provenance = PROVENANCE[entry.provenance];
	const { actsFirst, retry, note } = entry.triage;
	const commandLinks = (commands: Command[]) => commands.map((command) => link(`\`${command.name}\``, links.command(command.name))).join(', ');
	const blocks: string[] = [
		`# ${entry.code} ${markdownText(entry.name)}`,
		entry.message ? `> ${markdownText(entry.message)}` : `_${provenance.noMessage}_`,
		entry.summary,
		`**Triage** (our reading): ${TRIAGE_ACTORS[actsFirst].label}.${actsFirst === 'none' ? '' : ` ${RETRY_HELPS[retry]}.`} ${note}`,
		fence('xml', resultXml(entry.code, entry.name)),
	];
	for (const section of codeSections(entry)) {
		blocks.push(`## ${CODE_SECTIONS[section]}`);
		switch (section) {
			case 'meaning':
				blocks.push(...entry.explanation, `Also searched as: ${entry.searchTerms.map((term) => `“${markdownText(term)}”`).join(', ')}`);
				break;
			case 'causes':
				blocks.push(entry.causes.map((cause) => `- ${cause}`).join('\n'));
				break;
			case 'fixes':
				blocks.push(entry.fixes.map((fix, index) => `${index + 1}. ${fix}`).join('\n'));
				break;
			case 'example':
				if (!entry.example) break;
				blocks.push(entry.example.note, 'Request:', fence('text', requestUrl(entry.example.request)), 'The server answers:', fence('xml', resultXml(entry.code, entry.name)));
				if (entry.example.fixed) blocks.push('Corrected request:', fence('text', requestUrl(entry.example.fixed)));
				break;
			case 'returned-by':
				if (returnedBy.listed.length > 0) blocks.push(`Listed on the command’s vendor page: ${commandLinks(returnedBy.listed)}.`);
				if (returnedBy.likely.length > 0) blocks.push(`Likely, by meaning (our reading, not the vendor’s): ${commandLinks(returnedBy.likely)}.`);
				if (returnedBy.listed.length + returnedBy.likely.length === 0) blocks.push('No command page lists this code.');
				break;
			case 'related':
				blocks.push(related.map((other) => `- ${link(`${other.code} ${markdownText(other.name)}`, links.code(other.code))}`).join('\n'));
				break;
			case 'provenance':
				blocks.push(provenance.explanation, ...entry.notes.map((item) => `- ${item}`));
				if (entry.wordings.length > 0) {
					blocks.push(`Other wordings on vendor pages:\n${entry.wordings.map((wording) => `- “${markdownText(wording.text)}”: ${wording.where}`).join('\n')}`);
				}
				blocks.push(`Sources:\n${entry.sources.map((source) => `- ${link(markdownText(source.title), source.url)}: ${source.says}`).join('\n')}`);
				break;
		}
	}
	blocks.push(`Page: ${links.page}`);
	return `${blocks.join('\n\n')}\n`;
}

/** `/codes/-18.md`: where a code's Markdown twin is. */
export function codeMarkdownPath(code: number): string {
	return codePath(code).replace(/\/$/, '.md');
}

/** A code's page as Markdown, with absolute links where the site's address is known. */
export function referenceCodeMarkdown(reference: Reference, entry: ResultCode, site: URL | undefined): string {
	return codeMarkdown(entry, {
		returnedBy: reference.commandsReturning(entry.code),
		related: reference.related(entry),
		links: {
			page: absoluteUrl(codePath(entry.code), site),
			code: (code) => absoluteUrl(codePath(code), site),
			command: (name) => absoluteUrl(commandPath(name), site),
		},
	});
}

/** Between two codes in /llms-full.txt. */
const CODE_SEPARATOR = '\n---\n\n';

/** /llms-full.txt: every code's Markdown, in order. */
export function joinCodeMarkdown(pages: readonly string[]): string {
	return pages.join(CODE_SEPARATOR);
}

/** The codes' Markdown back out of /llms-full.txt, each starting with its `# <code> <name>` title. */
export function splitCodeMarkdown(text: string): { code: number; markdown: string }[] {
	return text.split(CODE_SEPARATOR).map((markdown) => {
		const title = /^# (0|-[1-9]\d*) /.exec(markdown);
		if (!title) throw new Error(`llms-full.txt: a section does not start with a code's title: ${JSON.stringify(markdown.slice(0, 60))}`);
		return { code: Number(title[1]), markdown };
	});
}

export interface LlmsIndex {
	title: string;
	description: string;
	codes: { code: number; name: string; summary: string; page: string; markdown: string }[];
	commands: { name: string; summary: string; page: string }[];
	/** Other pages and files worth reading: [title, URL, what it is]. */
	more: [string, string, string][];
}

/** /llms.txt, in the form llmstxt.org describes: a title, a summary, and sections of links. */
export function llmsTxt({ title, description, codes, commands, more }: LlmsIndex): string {
	return [
		`# ${title}`,
		`> ${description}`,
		'Every call to the VDG Sense HTTP/XML API (TKH Security) answers `<result errorcode="…"><description>…</description></result>`: 0 is OK, negative numbers are errors, positive values mean something per command. Each code’s page has a Markdown twin, linked on its line; /llms-full.txt holds them all.',
		'## Result codes',
		codes.map((entry) => `- ${link(`${entry.code} ${markdownText(entry.name)}`, entry.page)}: ${entry.summary} (${link('Markdown', entry.markdown)})`).join('\n'),
		'## Commands',
		commands.map((command) => `- ${link(command.name, command.page)}: ${command.summary}`).join('\n'),
		'## Optional',
		more.map(([text, url, what]) => `- ${link(text, url)}: ${what}`).join('\n'),
	].join('\n\n') + '\n';
}
