/**
 * The machine-readable export, /codes.json and /commands.json, for tools that want the data
 * without scraping pages. Its shape is src/schemas/export.ts, published as /codes.schema.json and
 * /commands.schema.json; the README documents it.
 */
import type { z } from 'astro/zod';
import type { codesExportSchema, commandsExportSchema } from '../schemas/export';
import type { Reference } from './reference';
import { absoluteUrl, codePath, commandPath, sitePath } from './urls';

/** The version of the export's shape: raised when a field is renamed or removed; adding one keeps it. */
export const EXPORT_VERSION = 1;

export const CODES_SCHEMA_PATH = 'codes.schema.json';
export const COMMANDS_SCHEMA_PATH = 'commands.schema.json';

export function codesExport(reference: Reference, site: URL | undefined): z.input<typeof codesExportSchema> {
	return {
		$schema: absoluteUrl(sitePath(CODES_SCHEMA_PATH), site),
		version: EXPORT_VERSION,
		codes: reference.codes.map((entry) => {
			const returning = reference.commandsReturning(entry.code);
			return {
				code: entry.code,
				name: entry.name,
				message: entry.message,
				summary: entry.summary,
				category: entry.category,
				provenance: entry.provenance,
				triage: entry.triage,
				url: absoluteUrl(codePath(entry.code), site),
				commands: {
					listed: returning.listed.map((command) => command.name),
					likely: returning.likely.map((command) => command.name),
				},
			};
		}),
	};
}

export function commandsExport(reference: Reference, site: URL | undefined): z.input<typeof commandsExportSchema> {
	return {
		$schema: absoluteUrl(sitePath(COMMANDS_SCHEMA_PATH), site),
		version: EXPORT_VERSION,
		commands: reference.commands.map((command) => ({
			name: command.name,
			category: command.category,
			summary: command.summary,
			request: command.request,
			url: absoluteUrl(commandPath(command.name), site),
			codes: { listed: command.codes.listed, likely: command.codes.likely },
		})),
	};
}
