/**
 * /search-data.json, made from the reference: what search and the ticket packet need in the
 * browser and in the offline edition (src/schemas/search-data.ts).
 */
import { getCollection } from 'astro:content';
import { loadReference, loadVocabulary } from '../reference/load';
import type { Reference } from '../reference/reference';
import { settings } from '../settings';
import type { Command } from '../schemas/command';
import type { GeneralRule } from '../schemas/general-rule';
import { TRIAGE_ACTOR_IDS, RETRY_HELPS_IDS } from '../schemas/triage';
import { ANSWER_WORDS } from '../search/core/answer';
import type { CodeFacts, KnownCommand, KnownRule, SearchData } from '../schemas/search-data';
import type { ResultCode } from '../schemas/code';
import type { VocabularyGroup } from '../schemas/vocabulary';
import { compileVocabulary } from '../search/core/vocabulary';
import { TICKET_WORDS } from '../ticket/packet';
import { executedAction, requestParameters } from '../utils/request-url';
import { proseText } from '../views/prose';
import { templatesOf, type WordKey } from '../views/words';

const isPlaceholder = (text: string) => /^[[<].*[\]>]$/.test(text.trim());
const namesOf = (name: string) => name.split('/').map((part) => part.trim().toLowerCase());

/** A parameter's names, in lower case: those of its table row (`cameraid / deviceid`), then its other names. */
const parameterNames = (parameter: Command['parameters'][number]) => [
	...namesOf(parameter.name),
	...parameter.otherNames.map((name) => name.toLowerCase()),
];

function knownCommand(command: Command): KnownCommand {
	const line =
		command.request.startsWith('command=') && !command.requestCutOff
			? requestParameters(command.request)
			: [];
	const tableNames = new Set(command.parameters.flatMap(parameterNames));
	const action = executedAction(line);
	return {
		name: command.name,
		parameters: command.parameters
			.filter((parameter) => !isPlaceholder(parameter.name))
			.map((parameter) => ({
				names: parameterNames(parameter),
				timestamp: parameter.type.toLowerCase() === '[timestamp]',
				optional: parameter.optional,
			})),
		lineNames: line
			.map(([name]) => name.toLowerCase())
			.filter((name) => name !== 'command' && !isPlaceholder(name) && !tableNames.has(name)),
		acceptsOthers: command.parameters.some((parameter) => isPlaceholder(parameter.name)),
		...(command.requestCutOff ? { requestCutOff: true as const } : {}),
		...(action && !isPlaceholder(action) ? { action } : {}),
		...(command.earlierName ? { earlierName: command.earlierName.toLowerCase() } : {}),
		listed: command.codes.listed,
		likely: command.codes.likely,
		table: command.codes.table,
	};
}

function knownRule(rule: GeneralRule): KnownRule {
	return {
		codes: rule.codes,
		scope: rule.scope,
		statement: rule.statement,
		vendor: { says: rule.vendor.says, page: rule.vendor.page },
	};
}

/** A code as search and tickets know it. */
function codeFacts(entry: ResultCode): CodeFacts {
	return {
		code: entry.code,
		name: entry.name,
		message: entry.message,
		wordings: entry.wordings.map((wording) => wording.text),
		...(entry.provenance === 'conflicting' ? { disputed: true as const } : {}),
		summary: proseText(entry.summary),
		actsFirst: entry.triage.actsFirst,
		retry: entry.triage.retry,
	};
}

/** The words of a text, as query words are compared: in lower case, three characters or more, starting with a letter. */
const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}[\p{L}\p{N}]{2,}/gu) ?? [];

/**
 * Words in order, less each that the next one starts with ("connect" before "connection"): whatever
 * starts the one starts the other too, so a search for the start of a word finds the same.
 */
const withoutPrefixes = (sorted: readonly string[]) =>
	sorted.filter((word, index) => !sorted[index + 1]?.startsWith(word));

/**
 * The search data. `siteText` is the text of the site's other pages (the prose pages and the UI
 * strings): with the reference, every word the index can hold.
 */
export function searchData(
	reference: Reference,
	vocabulary: readonly VocabularyGroup[],
	t: { all(): Record<string, unknown> },
	tracker: string | undefined,
	siteText: readonly string[],
): SearchData {
	const triageWords = [
		...TRIAGE_ACTOR_IDS.map((actor): WordKey => `triage.actor.${actor}.label`),
		...RETRY_HELPS_IDS.map((retry): WordKey => `triage.retry.${retry}`),
	];
	const typoVocabulary = new Set(
		[
			...reference.codes.flatMap((entry) => [
				entry.name,
				entry.message,
				...entry.wordings.map((wording) => wording.text),
				...entry.searchTerms,
			]),
			...reference.commands.flatMap((command) => [
				command.name,
				...command.parameters.map((parameter) => parameter.name),
			]),
		].flatMap(wordsOf),
	);
	return {
		codes: reference.codes.map(codeFacts),
		commands: reference.commands.map(knownCommand),
		rules: reference.rules.map(knownRule),
		vocabulary: [...typoVocabulary].sort(),
		supportVocabulary: compileVocabulary(vocabulary),
		knownWords: withoutPrefixes(
			[
				...new Set(
					wordsOf([JSON.stringify([reference.codes, reference.commands]), ...siteText].join(' ')),
				),
			].sort(),
		),
		words: templatesOf(t, [...ANSWER_WORDS, ...TICKET_WORDS, ...triageWords]),
		...(tracker ? { tracker } : {}),
	};
}

/** The search data of the site as it is built: its reference, support vocabulary, prose pages and UI strings, its tracker. */
export async function siteSearchData(t: { all(): Record<string, unknown> }): Promise<SearchData> {
	// The text of the site's other pages, whose words the index holds too.
	const siteText = [
		...(await getCollection('docs')).map((page) => page.body ?? ''),
		...Object.values(t.all()).map(String),
	];
	return searchData(
		await loadReference(),
		await loadVocabulary(),
		t,
		settings.issueTrackerUrl,
		siteText,
	);
}
