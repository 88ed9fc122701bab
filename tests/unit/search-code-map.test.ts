import { describe, expect, test } from 'vitest';
import { parseCodeMap, serializeCodeMap } from '../../src/lib/code-map';

describe('code map', () => {
	test('round-trips codes and names', () => {
		const codes = [
			{ code: 0, name: 'Ok' },
			{ code: -50, name: "Storage location doesn't exist" },
		];
		expect(parseCodeMap(serializeCodeMap(codes))).toEqual(codes);
	});

	test('cannot close the script element it is embedded in', () => {
		const json = serializeCodeMap([{ code: -1, name: '</script><script>alert(1)</script>' }]);
		expect(json).not.toContain('<');
		expect(parseCodeMap(json)[0]?.name).toBe('</script><script>alert(1)</script>');
	});

	test('escapes line and paragraph separators', () => {
		const json = serializeCodeMap([{ code: -1, name: 'a\u2028b\u2029c' }]);
		expect(json).not.toMatch(/[\u2028\u2029]/);
		expect(parseCodeMap(json)[0]?.name).toBe('a\u2028b\u2029c');
	});
});
