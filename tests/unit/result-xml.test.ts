import { expect, test } from 'vitest';
import { resultXml } from '../../src/utils/result-xml';

test('writes the result document with the code and description', () => {
	expect(resultXml(-18, 'General error')).toBe(
		'<result errorcode="-18">\n  <description>General error</description>\n</result>',
	);
});

test('escapes XML in the description', () => {
	expect(resultXml(-1, 'a < b & "c"')).toContain(
		'<description>a &lt; b &amp; &quot;c&quot;</description>',
	);
});
