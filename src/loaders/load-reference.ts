import { getCollection } from 'astro:content';
import { DATA_FILES } from '../lib/data-files';
import { buildReference, type Reference } from '../lib/reference';

let reference: Promise<Reference> | undefined;

/**
 * The site's reference, built once per build from the `codes` and `commands` collections (each
 * already validated by its loader); the checks across the two files run here, once.
 */
export function loadReference(): Promise<Reference> {
	reference ??= Promise.all([getCollection('codes'), getCollection('commands')]).then(([codes, commands]) =>
		buildReference(
			codes.map((entry) => entry.data),
			commands.map((entry) => entry.data),
			{ codesFile: DATA_FILES.codes, commandsFile: DATA_FILES.commands }
		)
	);
	return reference;
}
