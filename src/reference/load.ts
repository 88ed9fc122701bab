import { getCollection } from 'astro:content';
import type { VocabularyGroup } from '../schemas/vocabulary';
import { settings } from '../settings';
import { DataFileError } from './data-file';
import { buildReference, type Reference } from './reference';
import { findVocabularyProblems } from './vocabulary';

let reference: Promise<Reference> | undefined;
let vocabulary: Promise<VocabularyGroup[]> | undefined;

/**
 * The site's reference, built once per build from the `codes`, `commands` and `rules` collections (each
 * already validated by its loader); the checks across the files run here, once.
 */
export function loadReference(): Promise<Reference> {
	reference ??= Promise.all([
		getCollection('codes'),
		getCollection('commands'),
		getCollection('rules'),
	]).then(([codes, commands, rules]) =>
		buildReference(
			codes.map((entry) => entry.data),
			commands.map((entry) => entry.data),
			{
				codesFile: settings.dataFiles.codes,
				commandsFile: settings.dataFiles.commands,
				rulesFile: settings.dataFiles.rules,
			},
			rules.map((entry) => entry.data),
		),
	);
	return reference;
}

/** The support vocabulary (data/vocabulary.json), checked against the reference once. */
export function loadVocabulary(): Promise<VocabularyGroup[]> {
	vocabulary ??= Promise.all([loadReference(), getCollection('vocabulary')]).then(
		([{ codes, commands }, entries]) => {
			const groups = entries.map((entry) => entry.data);
			const problems = findVocabularyProblems(
				groups,
				codes,
				commands,
				settings.dataFiles.vocabulary,
			);
			if (problems.length > 0) throw new DataFileError(problems);
			return groups;
		},
	);
	return vocabulary;
}

/**
 * A route per code, `params.code` its number: the code's page and its Markdown twin both use it,
 * so the two always list the same codes.
 */
export async function codeRoutes() {
	const reference = await loadReference();
	return reference.codes.map((entry) => ({
		params: { code: String(entry.code) },
		props: { entry, reference },
	}));
}
