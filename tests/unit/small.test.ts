import { describe, expect, test } from 'vitest';
import { markdownLink } from '../../src/lib/markdown-link';
import { codeSegment } from '../../src/lib/not-found';
import { requestExample } from '../../src/lib/request';
import { resultXml } from '../../src/lib/result-xml';
import { slugify } from '../../src/lib/slug';
import { codePath, commandPath, commandSlug } from '../../src/lib/urls';

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

describe('markdownLink', () => {
	test('links the text to the URL', () => {
		expect(markdownLink('VDG Sense -18 General error', 'https://codes.example.com/codes/-18/')).toBe(
			'[VDG Sense -18 General error](https://codes.example.com/codes/-18/)'
		);
	});

	test('escapes brackets in the text and parentheses in the URL', () => {
		expect(markdownLink('a [b] \\ c', 'https://x.test/a (b)/')).toBe('[a \\[b\\] \\\\ c](https://x.test/a%20%28b%29/)');
	});
});

describe('codeSegment', () => {
	test('reads the code a missing /codes/ page was asked for', () => {
		expect(codeSegment('/codes/-56/')).toBe('-56');
		expect(codeSegment('/codes/56')).toBe('56');
		expect(codeSegment('/codes/%E2%88%9256/')).toBe('\u221256');
		expect(codeSegment('/codes/no-such-code/')).toBe('no such code');
		expect(codeSegment('/docs/codes/-56/', '/docs/')).toBe('-56');
	});

	test('is undefined elsewhere', () => {
		expect(codeSegment('/commands/nothing/')).toBeUndefined();
		expect(codeSegment('/codes/')).toBeUndefined();
		expect(codeSegment('/codes/a/b/')).toBeUndefined();
		expect(codeSegment('/codes/%E0%A4%A/')).toBeUndefined();
	});
});

