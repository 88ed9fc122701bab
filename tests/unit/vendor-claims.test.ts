/**
 * Every UI string that speaks for the vendor ("the vendor's page lists", "the vendor says", "documents")
 * is used only where the data backs it: a command's list (listed, or our copy cut off, or no list
 * at all), a general rule, the vendor's own strings, or a fixed fact of the vendor's pages. A new
 * such string must say here what backs it; the diagnosis of every command with every code, and
 * every code's page, are then checked against the data.
 */
import { describe, expect, test } from 'vitest';
import en from '../../src/content/i18n/en.json';
import type { Command } from '../../src/schemas/command';
import { buildAnswer, type AnswerWords } from '../../src/search/core/answer';
import { isVendorRule, rulesConnecting } from '../../src/search/core/general-rules';
import { parseCodeQuery } from '../../src/search/core/lookup';
import { lookupAnswer } from '../../src/search/core/pipeline';
import { plainText } from '../../src/utils/rich';
import { codePage } from '../../src/views/code-page';
import type { WordKey } from '../../src/views/words';
import { commands, data, reference, siteLinks } from '../support/reference';
import { words as pageWords } from '../support/words';

/** What backs a string that speaks for the vendor. */
type Backing =
	/** Checked below, against the data, wherever the diagnosis or a code's page uses it. */
	| 'checked'
	/** The vendor's own strings or table, shown as they are (a name, a message, a number's row). */
	| 'vendor strings'
	/** Beside it, by construction, are the codes of `codes.listed` in data/commands.json and nothing else. */
	| 'codes.listed'
	/** A fact of the vendor's pages that holds for all of them, recorded in the reference. */
	| 'vendor fact'
	/** It says what the vendor does not say, or names the vendor only as a party (its support). */
	| 'no claim';

const BACKING: Partial<Record<WordKey, Backing>> = {
	'triage.actor.support.label': 'no claim',
	'triage.actor.support.filter': 'no claim',
	'provenance.confirmed.explanation': 'vendor strings',
	'provenance.confirmed.noMessage': 'vendor strings',
	'provenance.row-order.explanation': 'vendor strings',
	'provenance.row-order.noMessage': 'vendor strings',
	'provenance.conflicting.explanation': 'vendor strings',
	'provenance.conflicting.noMessage': 'vendor strings',
	'provenance.not-in-table.badge': 'vendor strings',
	'provenance.not-in-table.explanation': 'vendor strings',
	'provenance.not-in-table.noMessage': 'vendor strings',
	'codePage.disputed': 'vendor strings',
	'codePage.vendorMessage': 'vendor strings',
	'codePage.returnedBy': 'checked',
	'codePage.returnedByNoneListed': 'checked',
	'codePage.returnedByListed': 'checked',
	'codePage.returnedByLikelyNote': 'no claim',
	'codePage.returnedByNone': 'checked',
	'codePage.ruleSource': 'checked',
	'codePage.otherWordings': 'vendor strings',
	'commandSection.vendor-documentation': 'no claim',
	// The Important notes page (CA-20220907-TP-04): "HTTP requests/commands are case-insensitive".
	'commandPage.requestNote': 'vendor fact',
	'commandPage.listed': 'checked',
	'commandPage.listedNone': 'checked',
	'commandPage.likely': 'no claim',
	'commandPage.likelyNote': 'no claim',
	'commandPage.article': 'no claim',
	'codeTable.nameAndMessage': 'vendor strings',
	'codeTable.notInTable': 'vendor strings',
	'codesIndex.description': 'vendor strings',
	'codesIndex.lead': 'vendor strings',
	'commandsIndex.lead': 'codes.listed',
	'commandsIndex.description': 'codes.listed',
	'home.allCommands': 'codes.listed',
	'codesIndex.caption': 'vendor strings',
	'home.lead': 'no claim',
	'home.allCodes': 'vendor strings',
	'searchBox.devNotice': 'vendor strings',
	'searchAnswer.nearest': 'vendor strings',
	'searchAnswer.undocumented': 'vendor strings',
	'searchAnswer.undocumentedNext': 'vendor strings',
	'searchAnswer.otherDescription': 'vendor strings',
	// Base URLs: "/info … older versions return 404"; no page documents an HTTP status.
	'searchAnswer.httpStatus': 'vendor fact',
	// The support vocabulary's `vendor` words, each checked to stand in the vendor's names, messages,
	// wordings, commands or parameters as the vocabulary loads (src/reference/vocabulary.ts).
	'searchAnswer.alsoSearched': 'vendor strings',
	'searchAnswer.disputed': 'checked',
	'searchAnswer.commandPage': 'checked',
	'searchAnswer.listedBy': 'checked',
	'diagnosis.unknownCommand': 'checked',
	'diagnosis.action': 'checked',
	'diagnosis.earlierName': 'checked',
	'diagnosis.notTheVendorsForm': 'checked',
	'diagnosis.listed': 'checked',
	'diagnosis.notListed': 'checked',
	'diagnosis.cutOff': 'checked',
	'diagnosis.cutShort': 'checked',
	'diagnosis.noTable': 'checked',
	'diagnosis.vendorWords': 'checked',
	'diagnosis.likely': 'no claim',
	'diagnosis.unrelated': 'checked',
	'diagnosis.missing': 'checked',
	'diagnosis.requestCutOff': 'checked',
	'diagnosis.undocumented': 'checked',
	'diagnosis.suggestion': 'checked',
	// The forms the pages show: 'yyyy-mm-dd hh:mm:ss' (Authentication), 'yyyy-mm-dd hh:nn:ss.zzz'
	// (getHistoricalImage, exportVideo); none with a zone.
	'diagnosis.timestampFormat': 'vendor fact',
	'diagnosis.timestampZone': 'vendor fact',
	'diagnosis.timestampPlus': 'no claim',
	'ticket.message': 'vendor strings',
	'ticket.undocumentedTitle': 'vendor strings',
	'notFound.code': 'vendor strings',
	'ticket.disputed': 'checked',
	'ticket.supportAsks': 'no claim',
};

/** Words that speak for the vendor or its documentation. */
const SPEAKS_FOR_THE_VENDOR = /vendor|\bdocument(?:s|ed)\b/i;

test('every UI string that speaks for the vendor says what backs it', () => {
	const undeclared = Object.entries(en)
		.filter(([key, text]) => SPEAKS_FOR_THE_VENDOR.test(text) && !(key in BACKING))
		.map(([key, text]) => `${key}: ${text}`);
	expect(undeclared).toEqual([]);
});

/** A UI string as a pattern over the plain text it gives, its `{{name}}`s captured. */
function pattern(key: WordKey): RegExp {
	const text = en[key]
		.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
		.replace(/<kbd>([^<]+)<\/kbd>/g, '$1')
		.replace(/`/g, '');
	const parts = text.split(/(\{\{\w+\}\})/);
	return new RegExp(
		parts
			.map((part) =>
				/^\{\{\w+\}\}$/.test(part)
					? `(?<${part.slice(2, -2)}>.+?)`
					: part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
			)
			.join(''),
	);
}

const commandNamed = (name: string) =>
	commands.find((command) => command.name.toLowerCase() === name.toLowerCase());

/** Which requests of a command the diagnosis is tried with: as the vendor writes it, and as people may. */
function requestsOf(command: Command): string[] {
	const line = command.request.startsWith('command=') ? command.request : `command=${command.name}`;
	return [
		line
			.split('&')
			.slice(0, command.request.includes('actionname=') ? 2 : 1)
			.join('&'),
		...(line.includes('actionname=') ? [`command=${command.name}`] : []),
		...(command.earlierName ? [`command=${command.earlierName}`] : []),
	];
}

/**
 * What must hold of the data where the diagnosis says a key, given what the notice names: the
 * command, the code, and the request it was asked about.
 */
const HOLDS: Partial<
	Record<WordKey, (said: Record<string, string>, command: Command, code: number) => boolean>
> = {
	'diagnosis.listed': ({ command }, _, code) => commandNamed(command!)!.codes.listed.includes(code),
	'diagnosis.notListed': ({ command }, _, code) => {
		const { codes } = commandNamed(command!)!;
		return codes.table === 'whole' && !codes.listed.includes(code);
	},
	'diagnosis.unrelated': ({ command }, asked, code) => {
		const { codes } = commandNamed(command!)!;
		return (
			codes.table === 'whole' &&
			!codes.listed.includes(code) &&
			!codes.likely.includes(code) &&
			reference
				.rulesAbout(code)
				.every(
					(rule) =>
						rule.scope === 'time-parameter' &&
						!asked.parameters.some((parameter) => parameter.type === '[timestamp]'),
				)
		);
	},
	'diagnosis.cutOff': ({ command }) => {
		const { codes } = commandNamed(command!)!;
		return codes.table === 'cut-off' && codes.listed.length === 0;
	},
	'diagnosis.cutShort': ({ command }, _, code) => {
		const { codes } = commandNamed(command!)!;
		return codes.table === 'cut-off' && codes.listed.length > 0 && !codes.listed.includes(code);
	},
	'diagnosis.noTable': ({ command }) => commandNamed(command!)!.codes.table === 'none',
	'diagnosis.vendorWords': ({ says }, _, code) =>
		reference.rulesAbout(code).some((rule) => rule.vendor.says === says),
	'diagnosis.action': ({ command, action, via }) =>
		via === 'executeAction' &&
		commandNamed(command!)!.request.startsWith(`command=executeAction&actionname=${action}&`),
	'diagnosis.earlierName': ({ command, written }) =>
		commandNamed(command!)!.earlierName === written,
	'diagnosis.notTheVendorsForm': ({ command, written }) =>
		command === written && commandNamed(command!)!.request.startsWith('command=executeAction&'),
	'diagnosis.unknownCommand': ({ command }) => commandNamed(command!) === undefined,
	'diagnosis.requestCutOff': ({ command }) => commandNamed(command!)!.requestCutOff,
};

describe('the diagnosis of every command with every code', () => {
	const codes = [...reference.codes.map((entry) => entry.code), -99];
	const checked = Object.keys(HOLDS) as WordKey[];

	test.each(commands.map((command) => [command.name, command] as const))('%s', (_, command) => {
		const problems: string[] = [];
		for (const request of requestsOf(command)) {
			for (const code of codes) {
				const pasted = `${request} <result errorcode="${code}"/>`;
				const answer = buildAnswer(
					{ ...lookupAnswer(pasted, parseCodeQuery(pasted), data), pages: [], pending: false },
					data.words as AnswerWords,
					siteLinks,
				);
				for (const notice of answer.notices.map((item) => plainText(item.parts))) {
					for (const key of checked) {
						const said = pattern(key).exec(notice)?.groups;
						if (said && !HOLDS[key]!(said, command, code))
							problems.push(`${pasted}: ${key}: ${notice}`);
					}
					// A rule's statement is said only where the rule ties the code to the request.
					for (const rule of data.rules) {
						if (!notice.includes(plainText([{ text: rule.statement.replaceAll('`', '') }])))
							continue;
						const asked = data.commands.find((known) => known.name === command.name);
						if (!rulesConnecting(code, asked, data.rules).includes(rule))
							problems.push(`${pasted}: a rule that does not tie ${code} to it: ${notice}`);
					}
				}
			}
		}
		expect(problems).toEqual([]);
	});
});

describe('every code’s page', () => {
	test('says the vendor’s pages show commands returning a code only where one lists it, and gives a rule only where there is one', () => {
		const problems = reference.codes.flatMap((entry) => {
			const view = codePage(entry, reference, pageWords);
			const section = view.sections.find((item) => item.id === 'returned-by');
			if (!section || section.id !== 'returned-by') return [];
			const lead = plainText(section.lead);
			const listed = reference.commandsReturning(entry.code).listed.length > 0;
			const found: string[] = [];
			if (pattern('codePage.returnedBy').test(lead) !== listed)
				found.push(`${entry.code}: “as far as the vendor’s pages show” where listed is ${listed}`);
			const noneListed =
				pattern('codePage.returnedByNoneListed').test(lead) ||
				pattern('codePage.returnedByNone').test(lead);
			if (noneListed === listed)
				found.push(`${entry.code}: “No … page … lists” where listed is ${listed}`);
			for (const rule of reference.rules) {
				const says = lead.includes(rule.statement.replaceAll('`', ''));
				if (says !== rule.codes.includes(entry.code))
					found.push(`${entry.code}: rule ${rule.id} ${says ? 'said' : 'not said'}`);
			}
			if (/\bvendor says\b/.test(lead) && !reference.rulesAbout(entry.code).some(isVendorRule))
				found.push(`${entry.code}: “the vendor says” without a rule of the vendor's`);
			return found;
		});
		expect(problems).toEqual([]);
	});
});
