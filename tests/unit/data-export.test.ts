import { expect, test } from 'vitest';
import { codesExport, commandsExport } from '../../src/outputs/export';
import { buildReference } from '../../src/reference/reference';
import { codeEntry, commandEntry } from './fixtures';

const reference = buildReference(
	[codeEntry({ code: 0 }), codeEntry({ code: -18 })],
	[
		commandEntry({ name: 'getClips', codes: { listed: [0, -18] } }),
		commandEntry({ name: 'addClip', codes: { listed: [], likely: [-18] } }),
	],
	{ codesFile: 'codes.json', commandsFile: 'commands.json' },
);
const site = new URL('https://codes.example.com/');

test('/codes.json: every code with its vendor strings, triage, absolute URL and commands', () => {
	const exported = codesExport(reference, site);
	expect(exported.version).toBe(1);
	expect(exported.codes[1]).toMatchObject({
		code: -18,
		name: 'Name of -18',
		triage: { actsFirst: 'caller', retry: 'no' },
		url: 'https://codes.example.com/codes/-18/',
		commands: { listed: ['getClips'], likely: ['addClip'] },
	});
});

test('/commands.json: every command with its URL and codes', () => {
	expect(commandsExport(reference, site).commands[1]).toMatchObject({
		name: 'getClips',
		url: 'https://codes.example.com/commands/getclips/',
		codes: { listed: [0, -18], likely: [] },
	});
});
