import { describe, expect, test } from 'vitest';
import { requestExample } from '../../src/lib/request';
import { resultXml } from '../../src/lib/result-xml';
import { codePath, commandPath, commandSlug, slugify } from '../../src/lib/urls';

describe('urls', () => {
	test('a code’s URL keeps its sign', () => {
		expect(codePath(-18)).toBe('/codes/-18/');
		expect(codePath(0)).toBe('/codes/0/');
	});

	test('a command’s URL is its name in lower case', () => {
		expect(commandSlug('getHistoricalImage')).toBe('gethistoricalimage');
		expect(commandPath('getClips')).toBe('/commands/getclips/');
	});

	test('slugify makes anchors from labels', () => {
		expect(slugify('Servers & Devices')).toBe('servers-devices');
		expect(slugify('Camera Control')).toBe('camera-control');
	});
});

describe('resultXml', () => {
	test('writes the result document with the code and description', () => {
		expect(resultXml(-18, 'General error')).toBe(
			'<result errorcode="-18">\n  <description>General error</description>\n</result>'
		);
	});

	test('escapes XML in the description', () => {
		expect(resultXml(-1, 'a < b & "c"')).toContain('<description>a &lt; b &amp; &quot;c&quot;</description>');
	});
});

describe('requestExample', () => {
	test('turns a query string into a full URL', () => {
		expect(requestExample('command=getClips&serverID=[UID]')).toBe(
			'http://[server]/command?command=getClips&serverID=[UID]'
		);
	});

	test('leaves other request forms as they are', () => {
		expect(requestExample('POST exportVideo with XML body')).toBe('POST exportVideo with XML body');
	});
});
