import { describe, expect, test } from 'vitest';
import { DataFileError } from '../../src/reference/data-file';
import {
	buildReference,
	groupCodesByCategory,
	groupCommandsByCategory,
	mostListedCodes,
} from '../../src/reference/reference';
import { codeEntry, commandEntry } from './fixtures';

const files = { codesFile: 'data/codes.json', commandsFile: 'data/commands.json' };
const codes = [
	codeEntry({ code: -18, category: 'general' }),
	codeEntry({ code: 0, category: 'general' }),
	codeEntry({ code: -2, category: 'devices-and-images' }),
	codeEntry({ code: -1, category: 'general' }),
];
const commands = [
	commandEntry({
		name: 'selectCamera',
		category: 'Layouts',
		codes: { listed: [0, -2, -18], likely: [] },
	}),
	commandEntry({
		name: 'getLiveImage',
		category: 'Media',
		codes: { listed: [0, -2], likely: [-18] },
	}),
	commandEntry({ name: 'addClip', category: 'Media', codes: { listed: [], likely: [-2] } }),
];
const reference = buildReference(codes, commands, files);

describe('buildReference', () => {
	test('orders codes as the vendor does: 0, then -1, -2 …', () => {
		expect(reference.codes.map((entry) => entry.code)).toEqual([0, -1, -2, -18]);
	});

	test('orders commands by name', () => {
		expect(reference.commands.map((command) => command.name)).toEqual([
			'addClip',
			'getLiveImage',
			'selectCamera',
		]);
	});

	test('finds the command that documents a request, an action by the command that runs it', () => {
		const withAction = buildReference(
			codes,
			[
				...commands,
				commandEntry({
					name: 'executeAction',
					request: 'command=executeAction&actionname=[string]',
				}),
				commandEntry({
					name: 'startVideoTag',
					request: 'command=executeAction&actionname=server.tagVideoStart&pretime=[s]',
				}),
			],
			files,
		);
		expect(withAction.commandOfRequest('command=GETLIVEIMAGE&cameraid=1')?.name).toBe(
			'getLiveImage',
		);
		expect(
			withAction.commandOfRequest('command=executeAction&actionname=server.tagVideoStart')?.name,
		).toBe('startVideoTag');
		expect(withAction.commandOfRequest('command=executeAction&actionname=other.action')?.name).toBe(
			'executeAction',
		);
		expect(withAction.commandOfRequest('command=nothing')).toBeUndefined();
	});

	test('finds a command by name in any case', () => {
		expect(reference.command('GETLIVEIMAGE')?.name).toBe('getLiveImage');
		expect(reference.command('getliveimage')?.name).toBe('getLiveImage');
		expect(reference.command('nothing')).toBeUndefined();
	});

	test('gives the codes before and after a code', () => {
		expect(reference.neighbours(-1)).toEqual({
			previous: reference.code(0),
			next: reference.code(-2),
		});
		expect(reference.neighbours(0).previous).toBeUndefined();
		expect(reference.neighbours(-18).next).toBeUndefined();
		expect(reference.neighbours(-5)).toEqual({});
	});

	test('keeps listed and likely commands apart', () => {
		const names = (list: { name: string }[]) => list.map((command) => command.name);
		const returning = reference.commandsReturning(-2);
		expect(names(returning.listed)).toEqual(['getLiveImage', 'selectCamera']);
		expect(names(returning.likely)).toEqual(['addClip']);
		expect(names(reference.commandsReturning(-18).likely)).toEqual(['getLiveImage']);
		expect(reference.commandsReturning(-1)).toEqual({ listed: [], likely: [] });
	});

	test('fails on broken cross-references, listing them all', () => {
		const broken = [commandEntry({ name: 'x', codes: { listed: [-7, -8], likely: [] } })];
		expect(() => buildReference(codes, broken, files)).toThrow(DataFileError);
		expect(() => buildReference(codes, broken, files)).toThrow(
			/codes\.listed\[0\].*\n.*codes\.listed\[1\]/,
		);
	});
});

describe('groupCodesByCategory', () => {
	test('groups in the categories’ order and leaves out empty ones', () => {
		const groups = groupCodesByCategory(reference.codes);
		expect(groups.map((group) => group.category)).toEqual(['general', 'devices-and-images']);
		expect(groups[0]?.codes.map((entry) => entry.code)).toEqual([0, -1, -18]);
	});
});

describe('groupCommandsByCategory', () => {
	test('groups by category in alphabetical order, with an anchor for each', () => {
		const groups = groupCommandsByCategory(reference.commands);
		expect(groups.map((group) => [group.category, group.slug])).toEqual([
			['Layouts', 'layouts'],
			['Media', 'media'],
		]);
		expect(groups[1]?.commands.map((command) => command.name)).toEqual(['addClip', 'getLiveImage']);
	});
});

describe('mostListedCodes', () => {
	test('puts the codes that most command pages list first, ties in the vendor’s order', () => {
		expect(mostListedCodes(reference, 3).map((entry) => entry.code)).toEqual([0, -2, -18]);
	});
});

describe('codesOf and related', () => {
	test('give a command’s codes as entries, listed and likely apart, in the vendor’s order', () => {
		const getLiveImage = reference.command('getliveimage')!;
		expect(reference.codesOf(getLiveImage).listed.map((entry) => entry.code)).toEqual([0, -2]);
		expect(reference.codesOf(getLiveImage).likely.map((entry) => entry.code)).toEqual([-18]);
	});

	test('give a code’s related codes as entries, in the data’s order', () => {
		const withRelated = buildReference(
			[...codes.filter((entry) => entry.code !== -1), codeEntry({ code: -1, related: [-18, 0] })],
			[],
			files,
		);
		expect(withRelated.related(withRelated.code(-1)!).map((entry) => entry.code)).toEqual([-18, 0]);
	});
});
