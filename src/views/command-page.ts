/**
 * What a command's page says, as data (see code-page.ts): the page (src/components/CommandArticle.astro)
 * is made from it. Prose fields are the data's; fields named `…Ui` are UI strings.
 */
import type { Reference } from '../reference/reference';
import { commandSections, type CommandSection } from '../reference/sections';
import type { ResultCode } from '../schemas/code';
import type { Command } from '../schemas/command';
import { commandPath } from '../urls';
import { requestUrl } from '../utils/request-url';
import type { BadgeView, BlockView, ProseOf } from './code-page';
import { ui, type Rich } from '../utils/rich';
import { prose, proseText } from './prose';
import type { Words } from './words';

/** Codes in a table under a caption. */
interface CodesView {
	caption: string;
	codes: ResultCode[];
}

type CommandSectionView = { title: string } & (
	| { id: 'request'; request: BlockView; note: Rich }
	| {
			id: 'parameters';
			headings: [string, string, string];
			parameters: { name: string; type: string; description: Rich }[];
	  }
	| {
			id: 'result-codes';
			note?: Rich;
			listed?: CodesView;
			listedNone?: string;
			likely?: CodesView & { note: Rich };
	  }
	| { id: 'versions'; since?: string; changelog: Rich[] }
	| { id: 'notes'; items: Rich[] }
	| { id: 'vendor-documentation'; article?: { label: string; id: string }; urls: string[] }
);

export interface CommandPageView {
	name: string;
	path: string;
	/** For search engines and link previews: our summary, as plain text. */
	description: string;
	badges: BadgeView[];
	summary: Rich;
	sections: CommandSectionView[];
}

function section(
	id: CommandSection,
	command: Command,
	reference: Reference,
	words: Words,
	proseOf: ProseOf,
): CommandSectionView {
	const title = words(`commandSection.${id}`);
	switch (id) {
		case 'request':
			return {
				id,
				title,
				request: { title: '', code: requestUrl(command.request), lang: 'txt' },
				note: ui(words('commandPage.requestNote')),
			};
		case 'parameters':
			return {
				id,
				title,
				headings: [
					words('commandPage.parameter'),
					words('commandPage.type'),
					words('commandPage.description'),
				],
				parameters: command.parameters.map(({ name, type, description }) => ({
					name,
					type,
					description: proseOf(description),
				})),
			};
		case 'result-codes': {
			const { listed, likely } = reference.codesOf(command);
			return {
				id,
				title,
				note: command.codes.note === undefined ? undefined : proseOf(command.codes.note),
				...(listed.length > 0
					? { listed: { caption: words('commandPage.listed'), codes: listed } }
					: { listedNone: words('commandPage.listedNone') }),
				likely:
					likely.length > 0
						? {
								caption: words('commandPage.likely'),
								codes: likely,
								note: ui(words('commandPage.likelyNote')),
							}
						: undefined,
			};
		}
		case 'versions':
			return {
				id,
				title,
				since: command.since && words('commandPage.availableSince', { version: command.since }),
				changelog: command.changelog.map(proseOf),
			};
		case 'notes':
			return { id, title, items: command.notes.map(proseOf) };
		case 'vendor-documentation':
			return {
				id,
				title,
				article: command.article
					? { label: words('commandPage.article'), id: command.article }
					: undefined,
				urls: command.vendorUrls,
			};
	}
}

/** What the page of `command` says. */
export function commandPage(command: Command, reference: Reference, words: Words): CommandPageView {
	const badges: BadgeView[] = [{ text: command.category, variant: 'default' }];
	if (command.status !== 'current')
		badges.push({ text: words(`commandPage.${command.status}`), variant: 'danger' });
	if (command.since)
		badges.push({ text: words('commandPage.since', { version: command.since }), variant: 'note' });
	if (command.apiLicense)
		badges.push({ text: words('commandPage.apiLicense'), variant: 'caution' });
	const path = commandPath(command.name);
	const proseOf: ProseOf = (text) => prose(text, reference.proseLinks, path);
	return {
		name: command.name,
		path,
		description: proseText(command.summary),
		badges,
		summary: proseOf(command.summary),
		sections: commandSections(command).map((id) => section(id, command, reference, words, proseOf)),
	};
}
