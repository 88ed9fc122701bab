/**
 * The rooms of src/ import one way (docs/architecture.md): each room imports only rooms above it in
 * the architecture's table of rooms, so none imports a room that imports it back, and the schemas
 * import nothing of ours.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { expect, test } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;
const ARCHITECTURE = new URL('../../docs/architecture.md', import.meta.url).pathname;

/**
 * A file's room: the folder under src/ it is in, or its own name for a file at the top; in
 * `content/`, the collection's folder (`content/i18n`, `content/docs`).
 */
const roomOf = (file: string) => {
	const [first, second, third] = file.split('/');
	if (second === undefined) return first!.replace(/\.[^.]+$/, '');
	return first === 'content' && third !== undefined ? `${first}/${second}` : first!;
};

/** Every import of our own files, as [importing room, imported room]. */
const imports = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
	.filter((file) => /\.(ts|astro|mjs|mdx)$/.test(file))
	.flatMap((file) =>
		[
			...readFileSync(join(SRC, file), 'utf8').matchAll(
				/(?:import|from)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g,
			),
		].map(
			([, specifier]) =>
				[
					roomOf(file),
					roomOf(relative(SRC, normalize(join(dirname(join(SRC, file)), specifier!)))),
				] as const,
		),
	)
	.filter(([from, to]) => from !== to);

test('the rooms of src/ import each other one way only', () => {
	const edges = new Map<string, Set<string>>();
	for (const [from, to] of imports) edges.set(from, (edges.get(from) ?? new Set()).add(to));
	const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
		[...(edges.get(from) ?? [])].some(
			(next) => next === to || (!seen.has(next) && (seen.add(next), reaches(next, to, seen))),
		);
	const cycles = imports
		.filter(([from, to]) => reaches(to, from))
		.map(([from, to]) => `${from} → ${to} → … → ${from}`);
	expect(imports.length).toBeGreaterThan(50);
	expect([...new Set(cycles)]).toEqual([]);
});

test('the schemas import nothing of ours outside themselves', () => {
	expect(imports.filter(([from]) => from === 'schemas')).toEqual([]);
});

/** The rooms in the order docs/architecture.md lists them: `schemas/` is `schemas`, `urls.ts` is `urls`. */
const documentedOrder = [
	...readFileSync(ARCHITECTURE, 'utf8').matchAll(/^\| `([\w./-]+?)(?:\/|\.ts)?` +\|/gm),
].map(([, room]) => room!);

test('each room imports only rooms above it in the architecture’s table', () => {
	expect(documentedOrder.slice(0, 2)).toEqual(['schemas', 'utils']);
	const rooms = new Set(imports.flat());
	expect([...rooms].filter((room) => !documentedOrder.includes(room))).toEqual([]);
	const upward = imports
		.filter(([from, to]) => documentedOrder.indexOf(to) > documentedOrder.indexOf(from))
		.map(([from, to]) => `${from} → ${to}`);
	expect([...new Set(upward)]).toEqual([]);
});
