import { expect, test } from 'vitest';
import { parameterValue, requestParameters, requestUrl } from '../../src/utils/request-url';

test('turns a query string into a full URL', () => {
	expect(requestUrl('command=getClips&serverID=[UID]')).toBe(
		'http://[server]/command?command=getClips&serverID=[UID]',
	);
});

test('leaves other request forms as they are', () => {
	expect(requestUrl('POST exportVideo with XML body')).toBe('POST exportVideo with XML body');
});

test('reads a query string’s parameters as written, keeping a placeholder whole', () => {
	expect(
		requestParameters('command=getClips&serverID=[UID & more]&time=2026-11-26%2010:00'),
	).toEqual([
		['command', 'getClips'],
		['serverID', '[UID & more]'],
		['time', '2026-11-26%2010:00'],
	]);
	expect(parameterValue(requestParameters('command=x&SERVERID=1'), 'serverid')).toBe('1');
});
