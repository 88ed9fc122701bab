import { describe, expect, test } from 'vitest';
import { ANSWER_WORDS } from '../../src/search/answer';
import { parseCodeMap, serializeCodeMap } from '../../src/search/code-map';
import { templates } from '../support/words';

const words = templates(ANSWER_WORDS);
const nameOf = (json: string) => parseCodeMap(json).codes[0]?.name;

describe('code map', () => {
	test('round-trips codes, names and the answer’s words', () => {
		const codes = [
			{ code: 0, name: 'Ok', message: 'Ok, no error.' },
			{ code: -50, name: "Storage location doesn't exist", message: '' },
		];
		expect(parseCodeMap(serializeCodeMap({ codes, words }))).toEqual({ codes, words });
	});

	test('cannot close the script element it is embedded in', () => {
		const json = serializeCodeMap({
			codes: [{ code: -1, name: '</script><script>alert(1)</script>', message: '<b>' }],
			words,
		});
		expect(json).not.toContain('<');
		expect(nameOf(json)).toBe('</script><script>alert(1)</script>');
	});

	test('escapes line and paragraph separators', () => {
		const json = serializeCodeMap({
			codes: [{ code: -1, name: 'a\u2028b\u2029c', message: '' }],
			words,
		});
		expect(json).not.toMatch(/[\u2028\u2029]/);
		expect(nameOf(json)).toBe('a\u2028b\u2029c');
	});
});
