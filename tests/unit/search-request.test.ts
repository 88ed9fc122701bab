import { describe, expect, test } from 'vitest';
import { diagnoseRequest, findRequest } from '../../src/search/core/request';
import type { KnownCommand } from '../../src/schemas/search-data';

const command = (fields: Partial<KnownCommand> & { name: string }): KnownCommand => ({
	parameters: [],
	lineNames: [],
	acceptsOthers: false,
	listed: [],
	likely: [],
	...fields,
});
const addClip = command({
	name: 'addClip',
	parameters: [
		{ names: ['serverid'], timestamp: false },
		{ names: ['deviceid'], timestamp: false },
		{ names: ['startdate'], timestamp: true },
		{ names: ['enddate'], timestamp: true },
	],
	likely: [-38],
});
const getHistoricalImage = command({
	name: 'getHistoricalImage',
	parameters: [
		{ names: ['cameraid', 'deviceid'], timestamp: false },
		{ names: ['time'], timestamp: true },
	],
});
const executeAction = command({
	name: 'executeAction',
	parameters: [{ names: ['actionname'], timestamp: false }],
	acceptsOthers: true,
});
const startVideoTag = command({
	name: 'startVideoTag',
	parameters: [{ names: ['pretime'], timestamp: false }],
	action: 'server.tagvideostart',
});
const commands = [addClip, getHistoricalImage, executeAction, startVideoTag];

describe('findRequest', () => {
	test('finds a request line in a URL, a query string or a log line, up to the result', () => {
		expect(
			findRequest('GET http://vms/command?command=addClip&serverid=1 → <result errorcode="-38"/>'),
		).toBe('http://vms/command?command=addClip&serverid=1');
		expect(findRequest('command=getClips')).toBe('command=getClips');
		expect(findRequest('no request here')).toBeUndefined();
	});

	test('keeps an unencoded space of a timestamp in the request', () => {
		expect(findRequest('command=addClip&startdate=2026-11-26 10:00:00&enddate=x <result/>')).toBe(
			'command=addClip&startdate=2026-11-26 10:00:00&enddate=x',
		);
	});
});

describe('diagnoseRequest', () => {
	test('names the command, and the documented parameters the request does not send', () => {
		const diagnosis = diagnoseRequest('command=ADDCLIP&serverid=1&deviceid=2', commands);
		expect(diagnosis.command?.name).toBe('addClip');
		expect(diagnosis.missing).toEqual(['startdate', 'enddate']);
		expect(diagnosis.undocumented).toEqual([]);
	});

	test('a parameter of several names is sent when one of them is', () => {
		expect(
			diagnoseRequest(
				'command=getHistoricalImage&deviceid=1&time=2026-11-26%2010:00:00.000',
				commands,
			).missing,
		).toEqual([]);
	});

	test('names a parameter the command does not document, with the documented name it is near', () => {
		expect(diagnoseRequest('command=addClip&severid=1&colour=red', commands).undocumented).toEqual([
			{ name: 'severid', suggestion: 'serverid' },
			{ name: 'colour' },
		]);
	});

	test('says of a timestamp that it is unencoded, or not in the vendor’s form', () => {
		const diagnosis = diagnoseRequest(
			'command=addClip&startdate=2026-11-26 10:00:00&enddate=26/11/2026',
			commands,
		);
		expect(diagnosis.timestamps).toEqual([
			{ name: 'startdate', problem: 'space' },
			{ name: 'enddate', problem: 'format' },
		]);
		expect(
			diagnoseRequest('command=addClip&startdate=2026-11-26+10:00:00', commands).timestamps,
		).toEqual([{ name: 'startdate', problem: 'plus' }]);
		expect(
			diagnoseRequest(
				'command=addClip&startdate=2026-11-26%2010:00:00&enddate=[timestamp]',
				commands,
			).timestamps,
		).toEqual([]);
	});

	test('an action is read against the command that runs it; executeAction’s own parameters are any', () => {
		expect(
			diagnoseRequest('command=executeAction&actionname=server.tagVideoStart&pretime=5', commands)
				.command?.name,
		).toBe('startVideoTag');
		expect(
			diagnoseRequest('command=executeAction&actionname=other&anything=1', commands),
		).toMatchObject({ command: { name: 'executeAction' }, undocumented: [] });
	});

	test('a command the reference does not document is named as written', () => {
		expect(diagnoseRequest('command=downloadClip&id=1', commands)).toEqual({
			request: 'command=downloadClip&id=1',
			commandName: 'downloadClip',
			missing: [],
			undocumented: [],
			timestamps: [],
		});
	});
});
