/**
 * The reference as pages use it: codes and commands in display order, checked against each other,
 * with the links between them worked out once.
 */
import { CODE_CATEGORY_IDS, type CodeCategory } from '../schemas/categories';
import type { ResultCode } from '../schemas/code';
import type { Command } from '../schemas/command';
import type { GeneralRule } from '../schemas/general-rule';
import { codePath, commandPath, commandSlug } from '../urls';
import { executedAction, requestedCommand, requestParameters } from '../utils/request-url';
import { slugify } from '../utils/slug';
import { DataFileError } from './data-file';
import { findIntegrityProblems, type DataFiles } from './integrity';
import { compareCodes } from './order';

export interface CommandsReturning {
	/** Commands whose vendor page lists the code. */
	listed: Command[];
	/** Commands that likely return it by meaning, though their vendor page does not list it. */
	likely: Command[];
}

/** A command's codes as entries, in the vendor's order. */
interface CodesOfCommand {
	/** Listed on the command's vendor page. */
	listed: ResultCode[];
	/** Likely by meaning: our reading, not the vendor's. */
	likely: ResultCode[];
}

export interface Reference {
	/** In the vendor's order: 0, -1, -2 … */
	codes: ResultCode[];
	/** By name. */
	commands: Command[];
	/** The vendor's general rules, and our reading of codes that any request can get (data/general-rules.json). */
	rules: GeneralRule[];
	/** The general rules about a code. */
	rulesAbout(code: number): GeneralRule[];
	code(code: number): ResultCode | undefined;
	/** A command by name, in any case: the API is case-insensitive. */
	command(name: string): Command | undefined;
	/**
	 * The command whose page documents a request (a query string): the one `command=` names, or,
	 * for an action run through `executeAction`, the command whose own request line runs that
	 * action (`startVideoTag` for `actionname=server.tagVideoStart`), where there is one.
	 */
	commandOfRequest(query: string): Command | undefined;
	/** The codes before and after this one in the vendor's order. */
	neighbours(code: number): { previous?: ResultCode; next?: ResultCode };
	commandsReturning(code: number): CommandsReturning;
	codesOf(command: Command): CodesOfCommand;
	/** The codes worth reading next after this one, as entries. */
	related(entry: ResultCode): ResultCode[];
	/** Where the commands and codes that prose mentions link to. */
	proseLinks: ProseLinks;
}

/** Where prose links the commands and codes it mentions (src/views/prose.ts). */
export interface ProseLinks {
	/** The URL of a command named like this, if there is one. */
	command(name: string): string | undefined;
	/** The URL of a documented code, if there is one. */
	code(code: number): string | undefined;
}

/** Builds the reference; throws a DataFileError listing every broken cross-reference. */
export function buildReference(
	codes: readonly ResultCode[],
	commands: readonly Command[],
	files: DataFiles,
	rules: readonly GeneralRule[] = [],
): Reference {
	const sortedCodes = [...codes].sort((a, b) => compareCodes(a.code, b.code));
	const sortedCommands = [...commands].sort((a, b) => a.name.localeCompare(b.name, 'en'));
	// In a fixed order, so that of two clashing entries the message names the same one every time.
	const problems = findIntegrityProblems(sortedCodes, sortedCommands, files, rules);
	if (problems.length > 0) throw new DataFileError(problems);

	const indexOf = new Map(sortedCodes.map((entry, index) => [entry.code, index]));
	const commandBySlug = new Map(
		sortedCommands.map((command) => [commandSlug(command.name), command]),
	);
	const returning = new Map<number, CommandsReturning>(
		sortedCodes.map((entry) => [entry.code, { listed: [], likely: [] }]),
	);
	for (const command of sortedCommands) {
		for (const code of command.codes.listed) returning.get(code)?.listed.push(command);
		for (const code of command.codes.likely) returning.get(code)?.likely.push(command);
	}

	const code = (number: number) => sortedCodes[indexOf.get(number) ?? -1];
	const command = (name: string) => commandBySlug.get(commandSlug(name));
	/** The actions that commands run through `executeAction`, by the action's name in lower case. */
	const actionCommands = new Map(
		sortedCommands.flatMap((other) => {
			const action = executedAction(requestParameters(other.request));
			return action ? [[action.toLowerCase(), other]] : [];
		}),
	);
	const entries = (numbers: readonly number[]) =>
		numbers.flatMap((number) => code(number) ?? []).sort((a, b) => compareCodes(a.code, b.code));
	return {
		codes: sortedCodes,
		commands: sortedCommands,
		rules: [...rules],
		rulesAbout: (number) => rules.filter((rule) => rule.codes.includes(number)),
		code,
		command,
		commandOfRequest: (query) =>
			requestedCommand(requestParameters(query), command, (action) => actionCommands.get(action)),
		neighbours(code) {
			const index = indexOf.get(code);
			if (index === undefined) return {};
			return { previous: sortedCodes[index - 1], next: sortedCodes[index + 1] };
		},
		commandsReturning: (number) => returning.get(number) ?? { listed: [], likely: [] },
		codesOf: (command) => ({
			listed: entries(command.codes.listed),
			likely: entries(command.codes.likely),
		}),
		related: (entry) => entry.related.flatMap((number) => code(number) ?? []),
		proseLinks: {
			command: (name) => {
				const found = command(name);
				return found && commandPath(found.name);
			},
			code: (number) => (indexOf.has(number) ? codePath(number) : undefined),
		},
	};
}

export interface CodeGroup {
	category: CodeCategory;
	codes: ResultCode[];
}

/** Codes by category, in the categories' order; categories without codes are left out. */
export function groupCodesByCategory(codes: readonly ResultCode[]): CodeGroup[] {
	return CODE_CATEGORY_IDS.map((category) => ({
		category,
		codes: codes.filter((entry) => entry.category === category),
	})).filter((group) => group.codes.length > 0);
}

export interface CommandGroup {
	category: string;
	/** The group's anchor on the commands index, e.g. `servers-devices`. */
	slug: string;
	commands: Command[];
}

/** Commands by their category, categories in alphabetical order. */
export function groupCommandsByCategory(commands: readonly Command[]): CommandGroup[] {
	const groups = new Map<string, Command[]>();
	for (const command of commands) {
		groups.set(command.category, [...(groups.get(command.category) ?? []), command]);
	}
	return [...groups]
		.sort(([a], [b]) => a.localeCompare(b, 'en'))
		.map(([category, members]) => ({ category, slug: slugify(category), commands: members }));
}

/** The codes that the most command pages list, most first; ties in the vendor's order. */
export function mostListedCodes(reference: Reference, count: number): ResultCode[] {
	const listings = (entry: ResultCode) => reference.commandsReturning(entry.code).listed.length;
	return [...reference.codes]
		.sort((a, b) => listings(b) - listings(a) || compareCodes(a.code, b.code))
		.slice(0, count);
}
