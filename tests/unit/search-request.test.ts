import { describe, expect, test } from 'vitest';
import { diagnoseRequest, findRequest, requestSpans } from '../../src/search/core/request';
import type { KnownCommand } from '../../src/schemas/search-data';

const command = (fields: Partial<KnownCommand> & { name: string }): KnownCommand => ({
	parameters: [],
	lineNames: [],
	acceptsOthers: false,
	listed: [],
	likely: [],
	table: 'whole',
	...fields,
});
const parameter = (names: string[], timestamp = false, optional = false) => ({
	names,
	timestamp,
	optional,
});
const addClip = command({
	name: 'addClip',
	parameters: [
		parameter(['serverid']),
		parameter(['deviceid']),
		parameter(['startdate'], true),
		parameter(['enddate'], true),
		parameter(['imagewidth'], false, true),
	],
	likely: [-38],
});
const getHistoricalImage = command({
	name: 'getHistoricalImage',
	parameters: [parameter(['cameraid', 'deviceid']), parameter(['time'], true)],
});
const executeAction = command({
	name: 'executeAction',
	parameters: [parameter(['actionname'])],
	acceptsOthers: true,
});
const startVideoTag = command({
	name: 'startVideoTag',
	parameters: [parameter(['pretime'])],
	action: 'server.tagVideoStart',
});
const osm = command({
	name: 'osm',
	parameters: [parameter(['osmindex', 'custommessageindex'])],
	earlierName: 'custommessage',
});
const commands = [addClip, getHistoricalImage, executeAction, startVideoTag, osm];

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

	test('reads the whole query string: parameters before command=, raw spaces inside values, placeholders', () => {
		expect(
			findRequest('GET http://vms/command?serverid=1&cameraid=5&command=getLiveImage HTTP/1.1'),
		).toBe('http://vms/command?serverid=1&cameraid=5&command=getLiveImage');
		expect(findRequest('command=genericEvent&value=Gate 3 incident&serverid=1 <result/>')).toBe(
			'command=genericEvent&value=Gate 3 incident&serverid=1',
		);
		expect(findRequest('command=getLiveImage&cameraid=[UID of a camera] -21')).toBe(
			'command=getLiveImage&cameraid=[UID of a camera]',
		);
		expect(findRequest('command=getLiveImage&amp;serverid=1 errorcode=-2')).toBe(
			'command=getLiveImage&amp;serverid=1',
		);
	});

	test('a raw space does not join two requests of a log', () => {
		const log = '10:00 command=getClips&serverid=1 10:01 command=getDeviceList&x=1';
		expect(requestSpans(log).map(({ start, end }) => log.slice(start, end))).toEqual([
			'command=getClips&serverid=1',
			'command=getDeviceList&x=1',
		]);
	});
});

describe('diagnoseRequest', () => {
	test('names the command, and the documented parameters the request does not send', () => {
		const diagnosis = diagnoseRequest('command=ADDCLIP&serverid=1&deviceid=2', commands);
		expect(diagnosis.command?.name).toBe('addClip');
		expect(diagnosis.missing).toEqual(['startdate', 'enddate']);
		expect(diagnosis.missingOptional).toEqual(['imagewidth']);
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

	test('names every fault of a time: unencoded, not in the vendor’s form, a zone, a + for its space', () => {
		const diagnosis = diagnoseRequest(
			'command=addClip&startdate=2026-11-26 10:00:00&enddate=26-11-2026 10:00',
			commands,
		);
		expect(diagnosis.unencoded).toEqual(['startdate', 'enddate']);
		expect(diagnosis.timestamps).toEqual([{ name: 'enddate', problems: ['format'] }]);
		expect(
			diagnoseRequest('command=addClip&startdate=2026-11-26+10:00:00', commands).timestamps,
		).toEqual([{ name: 'startdate', problems: ['plus'] }]);
		expect(
			diagnoseRequest('command=addClip&startdate=2026-11-26T10:00:00+01:00', commands).timestamps,
		).toEqual([{ name: 'startdate', problems: ['zone', 'format'], zone: '+01:00' }]);
		expect(
			diagnoseRequest(
				'command=addClip&startdate=2026-11-26%2010:00:00&enddate=[timestamp]',
				commands,
			).timestamps,
		).toEqual([]);
	});

	test('an action is read against the command that runs it; executeAction’s own parameters are any', () => {
		expect(
			diagnoseRequest('command=executeAction&actionname=server.tagVideoStart&pretime=5', commands),
		).toMatchObject({ command: { name: 'startVideoTag' }, via: { name: 'executeAction' } });
		expect(
			diagnoseRequest('command=executeAction&actionname=other&anything=1', commands),
		).toMatchObject({ command: { name: 'executeAction' }, undocumented: [] });
	});

	test('an action’s own command name is not the vendor’s form, and is not checked against its page', () => {
		expect(diagnoseRequest('command=startVideoTag&x=1', commands)).toMatchObject({
			command: { name: 'startVideoTag' },
			naming: 'not-the-vendors-form',
			missing: [],
			undocumented: [],
		});
	});

	test('a command’s earlier name is read as the command, with its parameters’ earlier names', () => {
		expect(diagnoseRequest('command=custommessage&custommessageindex=1', commands)).toMatchObject({
			command: { name: 'osm' },
			naming: 'earlier-name',
			missing: [],
			undocumented: [],
		});
	});

	test('a command the reference does not document is named as written', () => {
		expect(diagnoseRequest('command=downloadClip&id=1', commands)).toEqual({
			request: 'command=downloadClip&id=1',
			commandName: 'downloadClip',
			missing: [],
			missingOptional: [],
			undocumented: [],
			unencoded: [],
			timestamps: [],
		});
	});
});
