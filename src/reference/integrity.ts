/**
 * Checks across entries and across the data files, which a per-entry schema cannot make: every
 * code that is referred to exists (by a code, a command or a general rule), no two codes or commands share a URL, and every code has an
 * identifier of its own in the generated constants.
 */
import type { ResultCode } from '../schemas/code';
import type { Command } from '../schemas/command';
import type { GeneralRule } from '../schemas/general-rule';
import { findAliasCollisions } from './aliases';
import { findIdentifierProblems } from './identifiers';
import { commandSlug } from '../urls';

export interface DataFiles {
	codesFile: string;
	commandsFile: string;
	/** Where the general rules are; needed only where there are rules. */
	rulesFile?: string;
}

export function findIntegrityProblems(
	codes: readonly ResultCode[],
	commands: readonly Command[],
	{ codesFile, commandsFile, rulesFile = 'general-rules.json' }: DataFiles,
	rules: readonly GeneralRule[] = [],
): string[] {
	const known = new Set(codes.map((entry) => entry.code));
	const problems: string[] = [];
	const unknown = (code: number) => `code ${code} is not in ${codesFile}`;

	for (const entry of codes) {
		const where = `${codesFile}: entry ${entry.code}`;
		entry.related.forEach((code, index) => {
			const field = `${where}: field "related[${index}]"`;
			if (code === entry.code) problems.push(`${field}: a code cannot be related to itself`);
			else if (!known.has(code)) problems.push(`${field}: ${unknown(code)}`);
		});
	}

	problems.push(...findAliasCollisions(codes, codesFile));
	problems.push(...findIdentifierProblems(codes, codesFile));

	const slugs = new Map<string, string>();
	for (const command of commands) {
		const where = `${commandsFile}: entry ${JSON.stringify(command.name)}`;
		const slug = commandSlug(command.name);
		const other = slugs.get(slug);
		if (other !== undefined) {
			problems.push(
				`${where}: field "name": differs from ${JSON.stringify(other)} only in case, and command names are case-insensitive`,
			);
		}
		slugs.set(slug, command.name);
		for (const list of ['listed', 'likely'] as const) {
			command.codes[list].forEach((code, index) => {
				const field = `${where}: field "codes.${list}[${index}]"`;
				if (!known.has(code)) problems.push(`${field}: ${unknown(code)}`);
				else if (list === 'likely' && command.codes.listed.includes(code)) {
					problems.push(`${field}: code ${code} is already in codes.listed`);
				}
			});
		}
	}
	for (const rule of rules) {
		rule.codes.forEach((code, index) => {
			if (!known.has(code))
				problems.push(
					`${rulesFile}: entry ${JSON.stringify(rule.id)}: field "codes[${index}]": ${unknown(code)}`,
				);
		});
	}
	return problems;
}
