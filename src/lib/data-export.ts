/**
 * The machine-readable export, /codes.json and /commands.json, for tools that want the data
 * without scraping pages. The shape is documented in the README and kept stable: fields may be
 * added, never renamed or removed without raising `version`.
 */
import type { Reference } from './reference';
import { absoluteUrl, codePath, commandPath } from './urls';

const EXPORT_VERSION = 1;

export function codesExport(reference: Reference, site: URL | undefined) {
	return {
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

export function commandsExport(reference: Reference, site: URL | undefined) {
	return {
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
