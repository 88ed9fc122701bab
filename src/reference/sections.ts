/**
 * The sections of code and command pages. Their ids are stable anchors that support tickets link to
 * (`/codes/-18/#fixes`); the table of contents is built from the same list.
 */
import type { ResultCode } from '../schemas/code';
import type { Command } from '../schemas/command';

/** The sections of a code's page, in order; each one's title is the UI string `codeSection.<id>`. */
const CODE_SECTIONS = [
	'meaning',
	'causes',
	'fixes',
	'example',
	'returned-by',
	'related',
	'provenance',
] as const;

/** The sections of a command's page, in order; each one's title is the UI string `commandSection.<id>`. */
const COMMAND_SECTIONS = [
	'request',
	'parameters',
	'result-codes',
	'versions',
	'notes',
	'vendor-documentation',
] as const;

export type CodeSection = (typeof CODE_SECTIONS)[number];
export type CommandSection = (typeof COMMAND_SECTIONS)[number];

/**
 * The sections a code's page has: causes and fixes for errors (success has none), the example and
 * related codes only where the data has them.
 */
export function codeSections(entry: ResultCode): CodeSection[] {
	return CODE_SECTIONS.filter(
		(section) =>
			(section !== 'causes' || entry.causes.length > 0) &&
			(section !== 'fixes' || entry.fixes.length > 0) &&
			(section !== 'example' || entry.example !== undefined) &&
			(section !== 'related' || entry.related.length > 0),
	);
}

/** The sections a command's page has: parameters, versions and notes only where there are any. */
export function commandSections(command: Command): CommandSection[] {
	return COMMAND_SECTIONS.filter(
		(section) =>
			(section !== 'parameters' || command.parameters.length > 0) &&
			(section !== 'versions' || command.since !== undefined || command.changelog.length > 0) &&
			(section !== 'notes' || command.notes.length > 0),
	);
}
