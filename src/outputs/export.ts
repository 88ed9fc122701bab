/**
 * The machine-readable export, /codes.json and /commands.json, for tools that want the data
 * without scraping pages. Its shape is src/schemas/export.ts, published as /codes.schema.json and
 * /commands.schema.json; the README documents it.
 */
import type { z } from 'astro/zod';
import type { Reference } from '../reference/reference';
import {
	EXPORT_VERSION,
	type codesExportSchema,
	type commandsExportSchema,
} from '../schemas/export';
import { absoluteUrl, codePath, commandPath, PATHS } from '../urls';

/** What both exports start with: where their schema is, and the version of their shape. */
const envelope = (
	schema: string,
	site: URL | undefined,
): { $schema: string; version: typeof EXPORT_VERSION } => ({
	$schema: absoluteUrl(schema, site),
	version: EXPORT_VERSION,
});

export function codesExport(
	reference: Reference,
	site: URL | undefined,
): z.input<typeof codesExportSchema> {
	return {
		...envelope(PATHS.codesSchema, site),
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

export function commandsExport(
	reference: Reference,
	site: URL | undefined,
): z.input<typeof commandsExportSchema> {
	return {
		...envelope(PATHS.commandsSchema, site),
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
