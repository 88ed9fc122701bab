import { readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import { file, type Loader } from 'astro/loaders';
import { DataFileError, readEntries } from './data-file';

/**
 * Astro's `file()` loader for one of our JSON data files, made strict: entries are keyed by `key`
 * (e.g. `code`), and a file that cannot be read or parsed, a missing or duplicate key or a field that
 * does not match `schema` fails the build, naming the file, the entry and the field.
 */
export function jsonDataFile(fileName: string, key: string, schema: z.ZodType): Loader {
	// The same text is read twice (once here to fail loudly, once by file()): check it once.
	let checked: { text: string; entries: ReturnType<typeof readEntries> } | undefined;
	const parser = (text: string) => {
		if (checked?.text !== text) checked = { text, entries: readEntries(fileName, text, key, schema) };
		return checked.entries;
	};
	const loader = file(fileName, { parser });
	return {
		name: 'json-data-file',
		async load(context) {
			// file() only logs a file it cannot read or parse and goes on with an empty collection.
			parser(await readDataFile(fileName, new URL(fileName, context.config.root)));
			await loader.load(context);
		},
	};
}

async function readDataFile(fileName: string, url: URL): Promise<string> {
	try {
		return await readFile(url, 'utf8');
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new DataFileError([`${fileName}: cannot read the file: ${reason}`]);
	}
}
