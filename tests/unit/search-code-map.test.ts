import { describe, expect, test } from 'vitest';
import { parseCodeMap, serializeCodeMap } from '../../src/search/code-map';

describe('code map', () => {
	test('round-trips codes and names', () => {
		const codes = [
			{ code: 0, name: 'Ok', message: 'Ok, no error.' },
			{ code: -50, name: "Storage location doesn't exist", message: '' },
		];
		expect(parseCodeMap(serializeCodeMap(codes))).toEqual(codes);
	});

	test('cannot close the script element it is embedded in', () => {
		const json = serializeCodeMap([
			{ code: -1, name: '</script><script>alert(1)</script>', message: '<b>' },
		]);
		expect(json).not.toContain('<');
		expect(parseCodeMap(json)[0]?.name).toBe('</script><script>alert(1)</script>');
	});

	test('escapes line and paragraph separators', () => {
		const json = serializeCodeMap([{ code: -1, name: 'a\u2028b\u2029c', message: '' }]);
		expect(json).not.toMatch(/[\u2028\u2029]/);
		expect(parseCodeMap(json)[0]?.name).toBe('a\u2028b\u2029c');
	});
});
