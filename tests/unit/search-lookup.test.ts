import { describe, expect, test } from 'vitest';
import { parseCodeQuery, resolveLookup } from '../../src/search/lookup';

const values = (query: string) => parseCodeQuery(query).mentions.map((mention) => mention.value);

describe('parseCodeQuery: numbers', () => {
	test.each([
		['-18', -18],
		['  -18  ', -18],
		['\u221218', -18], // minus sign, as in PDFs
		['\u201318', -18], // en dash
		['\u201418', -18], // em dash
		['\u201118', -18], // non-breaking hyphen
		['\uFF0D18', -18], // full-width hyphen-minus
		['- 18', -18],
		['#-18', -18],
		['0', 0],
		['-0', 0],
	])('%j is code %d', (query, code) => {
		expect(parseCodeQuery(query)).toEqual({
			mentions: [{ value: code, signAssumed: false }],
			codeOnly: true,
			fullText: '',
		});
	});

	test('a number without a sign is taken as the error code', () => {
		expect(parseCodeQuery('18')).toEqual({
			mentions: [{ value: -18, signAssumed: true }],
			codeOnly: true,
			fullText: '',
		});
	});

	test('a number with a plus sign is positive', () => {
		expect(parseCodeQuery('+5').mentions).toEqual([{ value: 5, signAssumed: false }]);
	});
});

describe('parseCodeQuery: phrases', () => {
	test.each([
		['error -18', -18, false],
		['Error 18', -18, true],
		['code 18', -18, true],
		['error code: -21', -21, false],
		['Error code 21', -21, true],
		['result #4', -4, true],
		['errorcode -45', -45, false],
		['rc=-2', -2, false],
	])('%j is code %d', (query, code, signAssumed) => {
		expect(parseCodeQuery(query)).toEqual({
			mentions: [{ value: code, signAssumed }],
			codeOnly: true,
			fullText: '',
		});
	});

	test('a phrase with words besides the code is not code-only, and is searched in full', () => {
		expect(parseCodeQuery('getLiveImage returns -21 sometimes')).toEqual({
			mentions: [{ value: -21, signAssumed: false }],
			codeOnly: false,
			fullText: 'getLiveImage returns -21 sometimes',
		});
	});
});

describe('parseCodeQuery: pasted responses and logs', () => {
	test('reads the errorcode attribute exactly', () => {
		expect(
			values('<result errorcode="-45"><description>Database offline</description></result>'),
		).toEqual([-45]);
		expect(parseCodeQuery('errorcode="-45"')).toEqual({
			mentions: [{ value: -45, signAssumed: false }],
			codeOnly: true,
			fullText: '',
		});
		expect(values("errorcode='-3'")).toEqual([-3]);
		expect(values('errorcode=-3')).toEqual([-3]);
	});

	test('a positive errorcode stays positive', () => {
		expect(parseCodeQuery('<result errorcode="12"/>').mentions).toEqual([
			{ value: 12, signAssumed: false },
		]);
		expect(values('<result errorcode="0"><description>Ok</description></result>')).toEqual([0]);
	});

	test('lists several codes once each, in order', () => {
		const log = [
			'HTTP/1.1 200 OK',
			'Content-Type: text/xml',
			'',
			'<result errorcode="-2"><description>No device</description></result>',
			'2026-11-25 10:00:01 getLiveImage failed: errorcode="-21"',
			'2026-11-25 10:00:02 getLiveImage failed: errorcode="-2"',
			'2026-11-25 10:00:03 +0100 retry gave -53',
		].join('\n');
		expect(values(log)).toEqual([-2, -21, -53]);
	});

	test('a pasted response or log line is not searched in full: its errorcode says it all', () => {
		expect(
			parseCodeQuery('<result errorcode="-45"><description>Database offline</description></result>')
				.fullText,
		).toBe('');
		expect(
			parseCodeQuery('2026-11-25 10:14:03 WARN getLiveImage camera 12: errorcode=-21').fullText,
		).toBe('');
	});

	test('markup is left out of the full-text query', () => {
		expect(parseCodeQuery('<description>Database offline</description>').fullText).toBe(
			'Database offline',
		);
	});

	test('ignores dates, times, time zones, ranges and hyphenated words', () => {
		for (const text of [
			'2026-11-25 10:00:01',
			'10:00:01 -0500',
			'speed -1000..1000 on each axis',
			'osmindex [1-4]',
			'Enddate is >5 minutes than startdate.',
			'multi-layout x-18',
			'Preset number out of range. Valid numbers are [1..64].',
		]) {
			expect(values(text), text).toEqual([]);
		}
	});
});

describe('parseCodeQuery: junk and limits', () => {
	test('finds nothing in text without codes', () => {
		expect(parseCodeQuery('An undefined error occured')).toEqual({
			mentions: [],
			codeOnly: false,
			fullText: 'An undefined error occured',
		});
		for (const text of ['', '-', '--', '<<<>>>"='])
			expect(parseCodeQuery(text)).toMatchObject({ mentions: [], codeOnly: false });
	});

	test('takes no number too large to be a code', () => {
		expect(values('-12345678901234567890')).toEqual([]);
	});

	test('stays bounded on very long input', () => {
		const paste = Array.from(
			{ length: 5_000 },
			(_, index) => `<result errorcode="-${index + 1}"/>`,
		).join('\n');
		expect(parseCodeQuery(paste).mentions).toHaveLength(50);
		expect(parseCodeQuery('x'.repeat(1_000_000) + ' -18').mentions).toEqual([]);
	});
});

const known = [
	{ code: 0, name: 'Ok', message: 'Ok, no error.' },
	{ code: -18, name: 'General error', message: 'An undefined error occured' },
	{ code: -54, name: 'System Status plugin not active', message: '' },
	{ code: -57, name: 'No osmindex', message: '' },
	{ code: -58, name: 'Invalid osmindex', message: '' },
];

describe('the nearest codes to an undocumented one', () => {
	const nearest = (value: number) => {
		const [result] = resolveLookup([{ value, signAssumed: false }], known);
		return result?.kind === 'undocumented' ? result.nearest.map((entry) => entry.code) : [];
	};

	test('are one documented code on each side', () => {
		expect(nearest(-56)).toEqual([-54, -57]);
	});

	test('are the two closest where there is only one side', () => {
		expect(nearest(-999)).toEqual([-57, -58]);
	});
});

describe('resolveLookup', () => {
	const resolve = (query: string) => resolveLookup(parseCodeQuery(query).mentions, known);

	test('leads a documented code to its page', () => {
		expect(resolve('-18')).toEqual([{ kind: 'code', entry: known[1], signAssumed: false }]);
		expect(resolve('18')).toEqual([{ kind: 'code', entry: known[1], signAssumed: true }]);
	});

	test('says that an undocumented code is not documented, with the nearest ones', () => {
		expect(resolve('-56')).toEqual([
			{ kind: 'undocumented', code: -56, nearest: [known[2], known[3]] },
		]);
	});

	test('offers the positive reading of an unsigned number that is not a documented error', () => {
		expect(resolve('56')).toEqual([
			{ kind: 'undocumented', code: -56, nearest: [known[2], known[3]] },
			{ kind: 'positive', value: 56 },
		]);
	});

	test('explains a positive value', () => {
		expect(resolve('errorcode="7"')).toEqual([{ kind: 'positive', value: 7 }]);
		expect(resolve('+7')).toEqual([{ kind: 'positive', value: 7 }]);
	});
});
