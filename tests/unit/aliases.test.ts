import { expect, test } from 'vitest';
import { codeAliases } from '../../src/lib/aliases';

test('a negative code gets its number without the sign and its name as aliases', () => {
	expect(codeAliases([{ code: -18, name: 'General error' }])).toEqual([
		{ alias: '18', code: -18, from: 'number' },
		{ alias: 'general-error', code: -18, from: 'name' },
	]);
});

test('names become plain slugs', () => {
	const aliases = codeAliases([
		{ code: 0, name: 'Ok' },
		{ code: -4, name: 'Invalid Timestamp.' },
		{ code: -50, name: "Storage location doesn't exist" },
	]);
	expect(aliases.map((entry) => entry.alias)).toEqual([
		'ok',
		'4',
		'invalid-timestamp',
		'50',
		'storage-location-doesnt-exist',
	]);
});
