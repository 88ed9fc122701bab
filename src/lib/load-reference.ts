import { getCollection } from 'astro:content';
import { CODES_FILE, COMMANDS_FILE } from '../content.config';
import { buildReference, type Reference } from './reference';

let reference: Promise<Reference> | undefined;

/** The site's reference, built once per build from the `codes` and `commands` collections. */
export function loadReference(): Promise<Reference> {
	reference ??= Promise.all([getCollection('codes'), getCollection('commands')]).then(
		([codes, commands]) =>
			buildReference(
				codes.map((entry) => entry.data),
				commands.map((entry) => entry.data),
				{ codesFile: CODES_FILE, commandsFile: COMMANDS_FILE }
			)
	);
	return reference;
}
