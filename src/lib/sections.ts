/**
 * The sections of code and command pages. Their ids are stable anchors that support tickets link to
 * (`/codes/-18/#fixes`); the table of contents is built from the same list.
 */
import type { ResultCode } from '../schemas/code';
import type { Command } from '../schemas/command';

export const CODE_SECTIONS = {
	meaning: 'What it means',
	causes: 'Causes',
	fixes: 'How to fix it',
	example: 'Example',
	'returned-by': 'Returned by',
	related: 'Related codes',
	provenance: 'Where the number comes from',
} as const;

export const COMMAND_SECTIONS = {
	request: 'Request',
	parameters: 'Parameters',
	'result-codes': 'Result codes',
	versions: 'Versions',
	notes: 'Notes',
	'vendor-documentation': 'Vendor documentation',
} as const;

export type CodeSection = keyof typeof CODE_SECTIONS;
export type CommandSection = keyof typeof COMMAND_SECTIONS;

export interface Heading {
	depth: 2;
	slug: string;
	text: string;
}

function headings<T extends string>(titles: Record<T, string>, shown: T[]): Heading[] {
	return shown.map((slug) => ({ depth: 2, slug, text: titles[slug] }));
}

/**
 * The sections a code's page has: causes and fixes for errors (success has none), the example and
 * related codes only where the data has them.
 */
export function codeSections(entry: ResultCode): CodeSection[] {
	return (Object.keys(CODE_SECTIONS) as CodeSection[]).filter(
		(section) =>
			(section !== 'causes' || entry.causes.length > 0) &&
			(section !== 'fixes' || entry.fixes.length > 0) &&
			(section !== 'example' || entry.example !== undefined) &&
			(section !== 'related' || entry.related.length > 0)
	);
}

/** The sections a command's page has: parameters, versions and notes only where there are any. */
export function commandSections(command: Command): CommandSection[] {
	return (Object.keys(COMMAND_SECTIONS) as CommandSection[]).filter(
		(section) =>
			(section !== 'parameters' || command.parameters.length > 0) &&
			(section !== 'versions' || command.since !== undefined || command.changelog.length > 0) &&
			(section !== 'notes' || command.notes.length > 0)
	);
}

export const codeHeadings = (entry: ResultCode) => headings(CODE_SECTIONS, codeSections(entry));
export const commandHeadings = (command: Command) =>
	headings(COMMAND_SECTIONS, commandSections(command));
