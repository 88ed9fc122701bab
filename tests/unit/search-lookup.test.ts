import { describe, expect, test } from 'vitest';
import {
	comparable,
	parseCodeQuery,
	pastedResults,
	resolveLookup,
	vendorWordsMatch,
	vendorWordsWithin,
} from '../../src/search/core/lookup';
import type { CodeFacts } from '../../src/schemas/search-data';

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
			httpStatuses: [],
		});
	});

	test('a number without a sign is taken as the error code', () => {
		expect(parseCodeQuery('18')).toEqual({
			mentions: [{ value: -18, signAssumed: true }],
			codeOnly: true,
			fullText: '',
			httpStatuses: [],
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
			httpStatuses: [],
		});
	});

	test('a phrase with words besides the code is not code-only, and is searched in full', () => {
		expect(parseCodeQuery('getLiveImage returns -21 sometimes')).toEqual({
			mentions: [{ value: -21, signAssumed: false }],
			codeOnly: false,
			fullText: 'getLiveImage returns -21 sometimes',
			httpStatuses: [],
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
			httpStatuses: [],
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
			httpStatuses: [],
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

const entry = (
	code: number,
	name: string,
	message: string,
	wordings: string[] = [],
): CodeFacts => ({
	code,
	name,
	message,
	wordings,
	summary: '',
	actsFirst: 'caller',
	retry: 'no',
});
const known = [
	entry(0, 'Ok', 'Ok, no error.'),
	entry(-18, 'General error', 'An undefined error occured', ['An undefined error occurred']),
	entry(-54, 'System Status plugin not active', ''),
	entry(-57, 'No osmindex', ''),
	entry(-58, 'Invalid osmindex', ''),
];

describe('the codes around an undocumented one', () => {
	const around = (value: number) => {
		const [result] = resolveLookup([{ value, signAssumed: false }], known);
		return result?.kind === 'undocumented' ? result.nearest.map((code) => code.code) : [];
	};

	test('are the documented codes on either side, where it falls between two', () => {
		expect(around(-56)).toEqual([-54, -57]);
	});

	test('are none beyond the documented codes, where no code is near in any sense that helps', () => {
		expect(around(-999)).toEqual([]);
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

describe('numbers that are not codes', () => {
	test('an HTTP status is not read as a code', () => {
		expect(values('http 401 unauthorized')).toEqual([]);
		expect(values('HTTP/1.1 500 Internal Server Error')).toEqual([]);
		expect(values('status code: 404')).toEqual([]);
	});

	test('a value a command returned is taken as it stands: positive, or with its sign', () => {
		expect(parseCodeQuery('getClips returned 3').mentions).toEqual([
			{ value: 3, signAssumed: false },
		]);
		expect(parseCodeQuery('addClip answered -38').mentions).toEqual([
			{ value: -38, signAssumed: false },
		]);
	});
});

describe('the vendor’s own words', () => {
	test('a query that is a code’s name, message or wording, in any case, punctuation or quotes, finds that code', () => {
		const codesOf = (query: string) => vendorWordsMatch(query, known).map((code) => code.code);
		expect(codesOf('General error')).toEqual([-18]);
		expect(codesOf('“general ERROR.”')).toEqual([-18]);
		expect(codesOf('An undefined error occurred')).toEqual([-18]);
		expect(codesOf('No osmindex')).toEqual([-57]);
		expect(codesOf('General error in the camera')).toEqual([]);
	});

	test('a name or message of two words or more, inside a longer query, finds its code; a one-word name does not', () => {
		const codesIn = (query: string) => vendorWordsWithin(query, known).map((code) => code.code);
		expect(codesIn('Ticket 4411: customer gets General error when exporting')).toEqual([-18]);
		expect(codesIn('the api says no osmindex, then general error')).toEqual([-57, -18]);
		expect(codesIn('looks ok to me')).toEqual([]);
		expect(codesIn('General error')).toEqual([]);
	});

	test('compares text without case, punctuation or extra spaces', () => {
		expect(comparable('  "Invalid Timestamp."  ')).toBe('invalid timestamp');
	});
});

describe('pastedResults', () => {
	test('reads each result’s code and description, once per code', () => {
		const log =
			'10:00 <result errorcode="-2"><description>No device</description></result> 10:01 <result errorcode="-21"/> <result errorcode="-2"/>';
		expect(pastedResults(log)).toEqual([
			{
				code: -2,
				xml: '<result errorcode="-2"><description>No device</description></result>',
				description: 'No device',
			},
			{ code: -21, xml: '<result errorcode="-21"/>' },
		]);
	});

	test('decodes the description’s entities', () => {
		expect(
			pastedResults('<result errorcode="-18"><description>A &amp; B</description></result>')[0]
				?.description,
		).toBe('A & B');
	});

	test('leaves a reference it does not know as it is, one named like an object’s property too', () => {
		expect(
			pastedResults(
				'<result errorcode="-18"><description>&constructor; &nbsp;x</description></result>',
			)[0]?.description,
		).toBe('&constructor; &nbsp;x');
	});
});
