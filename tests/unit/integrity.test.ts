import { describe, expect, test } from 'vitest';
import { findIntegrityProblems } from '../../src/reference/integrity';
import { codeEntry, commandEntry } from './fixtures';

const files = { codesFile: 'data/codes.json', commandsFile: 'data/commands.json' };
const codes = [codeEntry({ code: 0 }), codeEntry({ code: -17 }), codeEntry({ code: -18 })];

describe('findIntegrityProblems', () => {
	test('finds nothing wrong in consistent data', () => {
		const related = [
			codeEntry({ code: 0, related: [-18] }),
			codeEntry({ code: -18, related: [0] }),
		];
		const commands = [commandEntry({ name: 'getClips', codes: { listed: [0, -18], likely: [] } })];
		expect(findIntegrityProblems(related, commands, files)).toEqual([]);
	});

	test('names a related code that does not exist', () => {
		const data = [...codes, codeEntry({ code: -19, related: [-18, -99] })];
		expect(findIntegrityProblems(data, [], files)).toEqual([
			'data/codes.json: entry -19: field "related[1]": code -99 is not in data/codes.json',
		]);
	});

	test('names a code related to itself', () => {
		const data = [codeEntry({ code: -18, related: [-18] })];
		expect(findIntegrityProblems(data, [], files)).toEqual([
			'data/codes.json: entry -18: field "related[0]": a code cannot be related to itself',
		]);
	});

	test('names a command that lists an unknown code', () => {
		const commands = [
			commandEntry({ name: 'getClips', codes: { listed: [0, -17, -99], likely: [] } }),
			commandEntry({ name: 'addClip', codes: { listed: [], likely: [-98] } }),
		];
		expect(findIntegrityProblems(codes, commands, files)).toEqual([
			'data/commands.json: entry "getClips": field "codes.listed[2]": code -99 is not in data/codes.json',
			'data/commands.json: entry "addClip": field "codes.likely[0]": code -98 is not in data/codes.json',
		]);
	});

	test('names a likely code that is already listed', () => {
		const commands = [commandEntry({ name: 'getClips', codes: { listed: [-18], likely: [-18] } })];
		expect(findIntegrityProblems(codes, commands, files)).toEqual([
			'data/commands.json: entry "getClips": field "codes.likely[0]": code -18 is already in codes.listed',
		]);
	});

	test('names commands whose names differ only in case, as they would share a URL', () => {
		const commands = [commandEntry({ name: 'getClips' }), commandEntry({ name: 'GetClips' })];
		expect(findIntegrityProblems(codes, commands, files)).toEqual([
			'data/commands.json: entry "GetClips": field "name": differs from "getClips" only in case, and command names are case-insensitive',
		]);
	});
});

describe('URL aliases', () => {
	// These names are no identifiers either; only the alias problems are looked at here.
	const aliasProblems = (data: ReturnType<typeof codeEntry>[]) =>
		findIntegrityProblems(data, [], files).filter((problem) => problem.includes('URL alias'));

	test('names two codes whose names make the same alias', () => {
		const data = [
			codeEntry({ code: -1, name: 'No device' }),
			codeEntry({ code: -2, name: 'No Device!' }),
		];
		expect(aliasProblems(data)).toEqual([
			'data/codes.json: entry -2: field "name": its URL alias /codes/no-device/ is already the alias of code -1',
		]);
	});

	test('names an alias that would take the URL of another code', () => {
		// A code named "18" would take /codes/18/, the alias of -18 without its sign.
		const data = [
			codeEntry({ code: -1, name: '18' }),
			codeEntry({ code: -18, name: 'General error' }),
		];
		expect(aliasProblems(data)).toEqual([
			'data/codes.json: entry -18: field "code": its URL alias /codes/18/ is already the alias of code -1',
		]);
	});

	test('names an alias that would take the page of a code', () => {
		const data = [codeEntry({ code: 0, name: 'Ok' }), codeEntry({ code: -1, name: '0' })];
		expect(aliasProblems(data)).toEqual([
			'data/codes.json: entry -1: field "name": its URL alias /codes/0/ is already the page of code 0',
		]);
	});
});

describe('identifiers of the generated constants', () => {
	test('names two codes whose names give the same identifier', () => {
		const data = [
			codeEntry({ code: -1, name: 'No device' }),
			codeEntry({ code: -2, name: 'NoDevice' }),
		];
		expect(findIntegrityProblems(data, [], files)).toEqual([
			'data/codes.json: entry -2: field "name": its identifier NoDevice in the generated constants is already that of code -1',
		]);
	});

	test('names a name that gives no usable identifier', () => {
		const data = [codeEntry({ code: -1, name: '404 page' }), codeEntry({ code: -2, name: 'none' })];
		expect(findIntegrityProblems(data, [], files)).toEqual([
			'data/codes.json: entry -1: field "name": gives no usable identifier for the generated constants ("404Page")',
			'data/codes.json: entry -2: field "name": gives no usable identifier for the generated constants ("None")',
		]);
	});
});
