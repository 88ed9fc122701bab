import { expect, test } from 'vitest';
import { codeSections, commandSections } from '../../src/reference/sections';
import { codeEntry, commandEntry } from './fixtures';

test('an error’s page has every section it has data for', () => {
	const entry = codeEntry({
		code: -18,
		related: [0],
		example: { request: 'command=x', note: 'N.' },
	});
	expect(codeSections(entry)).toEqual([
		'meaning',
		'causes',
		'fixes',
		'example',
		'returned-by',
		'related',
		'provenance',
	]);
});

test('success has no causes and no fixes; no example or related codes without data', () => {
	expect(codeSections(codeEntry({ code: 0 }))).toEqual(['meaning', 'returned-by', 'provenance']);
});

test('a command’s page has parameters, versions and notes only where there are any', () => {
	expect(commandSections(commandEntry({ name: 'getLayoutList' }))).toEqual([
		'request',
		'result-codes',
		'vendor-documentation',
	]);
	expect(
		commandSections(
			commandEntry({
				name: 'osm',
				since: '2.7.2',
				notes: ['N.'],
				parameters: [
					{ name: 'osmindex', type: '[UID]', optional: false, description: '', otherNames: [] },
				],
			}),
		),
	).toEqual(['request', 'parameters', 'result-codes', 'versions', 'notes', 'vendor-documentation']);
});
