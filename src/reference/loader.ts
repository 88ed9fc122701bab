/**
 * The content loaders for our JSON data files: they read the files, check them and validate every
 * entry once (data-file.ts), and store the entries; under `astro dev` each reloads its file
 * when it changes. A problem fails the build with every problem listed by file, entry and field,
 * those of all the files at once: Astro's own `file()` loader would only log a file it cannot parse
 * and build an empty site.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { DataFileError, readEntries } from './data-file';

/** Reads and validates a data file: its entries by key. `fileName` is how messages name it. */
export async function readDataFile<Schema extends z.ZodType>(
	fileName: string,
	path: string,
	key: string,
	schema: Schema,
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

/** A data file: where it is (relative to the project), the field that keys its entries, an entry's shape. */
export interface DataFile {
	fileName: string;
	key: string;
	schema: z.ZodType;
}

/**
 * A collection loader for each data file, storing its entries keyed by their `key` field. Each
 * loader checks all the files, so that a build with problems in several lists them all in one
 * error; Astro runs the loaders at once, and they share the read while it is under way.
 */
export function jsonEntries<Name extends string>(
	files: Record<Name, DataFile>,
): Record<Name, Loader> {
	const names = Object.keys(files) as Name[];
	const pathOf = (name: Name, root: URL) => fileURLToPath(new URL(files[name].fileName, root));
	const readOne = (name: Name, root: URL) =>
		readDataFile(files[name].fileName, pathOf(name, root), files[name].key, files[name].schema);

	/** Every file at once: one error lists the problems of all. */
	async function readAll(root: URL): Promise<Map<Name, Map<string, unknown>>> {
		const results = await Promise.allSettled(names.map((name) => readOne(name, root)));
		const problems = results.flatMap((result) => {
			if (result.status === 'fulfilled') return [];
			if (result.reason instanceof DataFileError) return result.reason.problems;
			throw result.reason;
		});
		if (problems.length > 0) throw new DataFileError(problems);
		return new Map(
			names.map((name, index) => [
				name,
				(results[index] as PromiseFulfilledResult<Map<string, unknown>>).value,
			]),
		);
	}
	// Shared by the loaders while under way, so that a build reads and validates each file once.
	let reading: Promise<Map<Name, Map<string, unknown>>> | undefined;
	const readShared = (root: URL) =>
		(reading ??= readAll(root).finally(() => (reading = undefined)));

	const loader = (name: Name): Loader => ({
		name: 'json-entries',
		// For the collection's types only: entries are validated in load(), once, before they are stored.
		schema: files[name].schema,
		async load({ store, config, logger, watcher }) {
			const path = pathOf(name, config.root);
			const fill = (entries: Map<string, unknown>) => {
				store.clear();
				for (const [id, data] of entries) store.set({ id, data: data as Record<string, unknown> });
			};
			fill((await readShared(config.root)).get(name)!);
			watcher?.add(path);
			watcher?.on('change', async (changed) => {
				if (changed !== path) return;
				try {
					fill(await readOne(name, config.root));
					logger.info(`Reloaded ${files[name].fileName}`);
				} catch (error) {
					logger.error(error instanceof Error ? error.message : String(error));
				}
			});
		},
	});
	return Object.fromEntries(names.map((name) => [name, loader(name)])) as Record<Name, Loader>;
}
