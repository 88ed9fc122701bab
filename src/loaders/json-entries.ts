/**
 * The content loader for our JSON data files: reads the file, checks it and validates every entry
 * once (src/lib/data-file.ts), and stores the entries; under `astro dev` it reloads the file when
 * it changes. A problem fails the build with every problem listed by file, entry and field: Astro's
 * own `file()` loader would only log a file it cannot parse and build an empty site.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { DataFileError, readEntries } from '../lib/data-file';

/** Reads and validates a data file: its entries by key. `fileName` is how messages name it. */
export async function readDataFile<Schema extends z.ZodType>(
	fileName: string,
	path: string,
	key: string,
	schema: Schema
): Promise<Map<string, z.output<Schema>>> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new DataFileError([`${fileName}: cannot read the file: ${reason}`]);
	}
	return readEntries(fileName, text, key, schema);
}

/** A collection of the entries of `fileName` (relative to the project), keyed by their `key` field. */
export function jsonEntries<Schema extends z.ZodType>(fileName: string, key: string, schema: Schema): Loader {
	return {
		name: 'json-entries',
		// For the collection's types only: entries are validated in load(), once, before they are stored.
		schema,
		async load({ store, config, logger, watcher }) {
			const path = fileURLToPath(new URL(fileName, config.root));
			const sync = async () => {
				const entries = await readDataFile(fileName, path, key, schema);
				store.clear();
				for (const [id, data] of entries) store.set({ id, data: data as Record<string, unknown> });
			};
			await sync();
			watcher?.add(path);
			watcher?.on('change', async (changed) => {
				if (changed !== path) return;
				try {
					await sync();
					logger.info(`Reloaded ${fileName}`);
				} catch (error) {
					logger.error(error instanceof Error ? error.message : String(error));
				}
			});
		},
	};
}
