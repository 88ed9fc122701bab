/**
 * What the answer says of a pasted request (request.ts reads it): the command it calls,
 * and how, then for each code what ties the two, in the order a reader can trust it: the vendor's
 * page lists the code; the copy of that page we have cannot say (it ends before its list, or
 * partway through it); a general rule ties the code to any command (data/general-rules.json); our
 * reading does; or nothing we know of. Then what looks wrong with the request. Every sentence that
 * speaks for the vendor is said only where the data backs it. Pure: it runs in the browser.
 */
import { ui, type Rich } from '../../utils/rich';
import type { AnswerContext, AnswerWords } from './answer';
import { isVendorRule, rulesConnecting } from './general-rules';
import type { RequestDiagnosis } from './request';
import type { KnownCommand, KnownRule } from '../../schemas/search-data';

/** A key of the answer's words that a notice of a request is written in. */
type Key = keyof AnswerWords & `diagnosis.${string}`;

/** How the vendor's page of `command` stands to `code`, as far as the copy we have shows. */
function pageSays(command: KnownCommand, code: number): Key {
	if (command.listed.includes(code)) return 'diagnosis.listed';
	if (command.table === 'none') return 'diagnosis.noTable';
	if (command.table === 'cut-off')
		return command.listed.length > 0 ? 'diagnosis.cutShort' : 'diagnosis.cutOff';
	return 'diagnosis.notListed';
}

/** The general rules that tie `code` to the request, each with the vendor's words it rests on. */
function ruleParts(rule: KnownRule, words: AnswerWords): Rich {
	return [
		...ui(rule.statement),
		{ text: ' ' },
		...ui(words['diagnosis.vendorWords'], { page: rule.vendor.page, says: rule.vendor.says }),
	];
}

/** What ties each code to the request, sentence by sentence. */
function pairings(
	request: RequestDiagnosis,
	code: number,
	rules: readonly KnownRule[],
	words: AnswerWords,
): Rich[] {
	const { command } = request;
	const connecting = rulesConnecting(code, command, rules).map((rule) => ruleParts(rule, words));
	// Not the vendor's form, or a command the reference does not document: only a rule can tie them.
	if (!command || request.naming === 'not-the-vendors-form') return connecting;
	const pages = [command, ...(request.via ? [request.via] : [])];
	const listing = pages.filter((page) => page.listed.includes(code));
	const say = (key: Key, page: KnownCommand) => ui(words[key], { command: page.name, code });
	if (listing.length > 0) return listing.map((page) => say('diagnosis.listed', page));
	// Where the vendor's own rule ties them, our reading adds nothing.
	const likely = rulesConnecting(code, command, rules).some(isVendorRule)
		? []
		: pages.filter((page) => page.likely.includes(code));
	if (connecting.length === 0 && likely.length === 0 && pages.every((p) => p.table === 'whole'))
		return pages.map((page) => say('diagnosis.unrelated', page));
	return [
		...pages.map((page) => say(pageSays(page, code), page)),
		...connecting,
		...likely.map((page) => say('diagnosis.likely', page)),
	];
}

/** The request's command, and how the request names it. */
function commandParts(
	request: RequestDiagnosis,
	codes: readonly number[],
	words: AnswerWords,
	context: AnswerContext,
): Rich[] {
	const { command, via, naming } = request;
	if (!command) return [ui(words['diagnosis.unknownCommand'], { command: request.commandName })];
	const values = {
		command: command.name,
		href: context.command(command.name),
		written: request.commandName,
	};
	if (naming === 'not-the-vendors-form')
		return [
			ui(words['diagnosis.notTheVendorsForm'], {
				...values,
				form: `command=executeAction&actionname=${command.action}`,
			}),
			...(codes.includes(-1) ? [ui(words['diagnosis.likeliestReason'], { code: -1 })] : []),
		];
	if (naming === 'earlier-name') return [ui(words['diagnosis.earlierName'], values)];
	if (via)
		return [
			ui(words['diagnosis.action'], {
				...values,
				action: command.action ?? '',
				via: via.name,
				viaHref: context.command(via.name),
			}),
		];
	return [ui(words['diagnosis.command'], values)];
}

/** A list of names in code, after a sentence's start: "…: a, b." */
function nameList(start: Rich, names: readonly string[]): Rich {
	return [
		...start,
		{ text: ' ' },
		...names.flatMap((name, index) => [
			...(index > 0 ? [{ text: ', ' }] : []),
			{ text: name, code: true },
		]),
		{ text: '.' },
	];
}

/** What is wrong with the request's parameters and values, as far as its command's page shows. */
function parameterParts(request: RequestDiagnosis, words: AnswerWords): Rich[] {
	const { command } = request;
	if (!command) return [];
	const parts: Rich[] = [];
	if (request.missing.length > 0)
		parts.push(nameList(ui(words['diagnosis.missing']), request.missing));
	if (request.missingOptional.length > 0)
		parts.push(nameList(ui(words['diagnosis.missingOptional']), request.missingOptional));
	if (command.requestCutOff && request.naming !== 'not-the-vendors-form')
		parts.push(ui(words['diagnosis.requestCutOff'], { command: command.name }));
	for (const { name, suggestion } of request.undocumented)
		parts.push(
			ui(words[suggestion ? 'diagnosis.suggestion' : 'diagnosis.undocumented'], {
				name,
				command: command.name,
				suggestion: suggestion ?? '',
			}),
		);
	for (const name of request.unencoded) parts.push(ui(words['diagnosis.unencoded'], { name }));
	for (const { name, problems, zone } of request.timestamps) {
		if (problems.includes('format')) parts.push(ui(words['diagnosis.timestampFormat'], { name }));
		if (problems.includes('zone'))
			parts.push(ui(words['diagnosis.timestampZone'], { name, zone: zone ?? '' }));
		if (problems.includes('plus')) parts.push(ui(words['diagnosis.timestampPlus'], { name }));
	}
	return parts;
}

/** What the reading of a pasted request says, above the answer, sentence by sentence. */
export function requestNotices(
	request: RequestDiagnosis,
	codes: readonly number[],
	rules: readonly KnownRule[],
	words: AnswerWords,
	context: AnswerContext,
): Rich[] {
	return [
		...commandParts(request, codes, words, context),
		...codes.flatMap((code) => pairings(request, code, rules, words)),
		...parameterParts(request, words),
	];
}
