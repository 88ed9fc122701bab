/**
 * Checking the text of a data file (data/codes.json, data/commands.json, data/general-rules.json): JSON syntax, an array of
 * entries with unique keys, and each entry against its Zod schema. Every problem is reported with
 * the file, the entry and the field, so that whoever edits the data can find it.
 */
import type { z } from 'astro/zod';

/** One or more problems in a data file, one per line. */
export class DataFileError extends Error {
	override name = 'DataFileError';
	readonly problems: readonly string[];
	constructor(problems: readonly string[]) {
		super(problems.join('\n'));
		this.problems = problems;
	}
}

/** Where `offset` falls in `text`, counted from 1 as editors show it. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parses JSON; a syntax error names the file, line and column. */
function parseJson(fileName: string, text: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		// V8 gives the offset ("at position 42") but not always the line and column.
		const offset = /position (\d+)/.exec(reason)?.[1];
		let where = '';
		if (offset !== undefined) {
			const { line, column } = lineAndColumn(text, Number(offset));
			where = `:${line}:${column}`;
		}
		throw new DataFileError([`${fileName}${where}: invalid JSON: ${reason}`]);
	}
}

/** How an entry is named in messages: by its key where it has one, else by its place in the file. */
function entryLabel(entry: unknown, index: number, key: string): string {
	const value = isRecord(entry) ? entry[key] : undefined;
	return typeof value === 'string' || typeof value === 'number'
		? `entry ${JSON.stringify(value)}`
		: `entry #${index + 1}`;
}

/** A Zod issue path as a field name: `causes[0]`, `parameters[2].name`. */
function fieldLabel(path: readonly PropertyKey[]): string {
	return path
		.map((part, index) =>
			typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
		)
		.join('');
}

/**
 * Turns the text of a data file into its entries keyed by their `key` field (e.g. `code`), each
 * validated by `schema` (defaults filled in). Throws a DataFileError listing every problem: invalid
 * JSON, a file that is not an array of objects, a missing or duplicate key, a field that does not
 * match the schema.
 */
export function readEntries<Schema extends z.ZodType>(
	fileName: string,
	text: string,
	key: string,
	schema: Schema,
): Map<string, z.output<Schema>> {
	const data = parseJson(fileName, text);
	if (!Array.isArray(data)) {
		throw new DataFileError([`${fileName}: expected an array of entries, found ${describe(data)}`]);
	}
	const problems: string[] = [];
	const entries = new Map<string, z.output<Schema>>();
	const ids = new Set<string>();
	data.forEach((entry: unknown, index) => {
		const label = `${fileName}: ${entryLabel(entry, index, key)}`;
		if (!isRecord(entry)) {
			problems.push(`${label}: expected an object, found ${describe(entry)}`);
			return;
		}
		const id = entry[key];
		if (id === undefined) {
			problems.push(`${label}: field "${key}" is missing`);
		} else if (ids.has(String(id))) {
			problems.push(`${label}: field "${key}": ${JSON.stringify(id)} is used by another entry too`);
		}
		ids.add(String(id));
		const result = schema.safeParse(entry);
		if (result.success) {
			if (id !== undefined && !entries.has(String(id))) entries.set(String(id), result.data);
			return;
		}
		for (const issue of result.error.issues) {
			if (issue.code === 'unrecognized_keys') {
				for (const field of issue.keys) {
					problems.push(
						`${label}: field "${fieldLabel([...issue.path, field])}": not a known field`,
					);
				}
			} else {
				problems.push(`${label}: field "${fieldLabel(issue.path)}": ${issue.message}`);
			}
		}
	});
	if (problems.length > 0) throw new DataFileError(problems);
	return entries;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
	if (Array.isArray(value)) return 'an array';
	if (value === null) return 'null';
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
