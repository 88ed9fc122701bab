import { describe, expect, test } from 'vitest';
import {
	ANSWER_WORDS,
	buildAnswer,
	describeAnswer,
	enterHint,
	type PageHit,
	type QueryAnswer,
	type SearchAnswer,
} from '../../src/search/core/answer';
import { diagnoseRequest } from '../../src/search/core/request';
import type { CodeFacts, KnownCommand } from '../../src/schemas/search-data';
import { plainText } from '../../src/utils/rich';
import { siteLinks } from '../support/reference';
import { templates } from '../support/words';

const words = templates(ANSWER_WORDS);
const known = (code: number, name: string, message = ''): CodeFacts => ({
	code,
	name,
	message,
	wordings: [],
	summary: `Summary of ${code}.`,
	actsFirst: 'caller',
	retry: 'no',
});
const generalError = known(-18, 'General error', 'An undefined error occured');
const noOsmindex = known(-57, 'No osmindex');
const page = (url: string, title: string): PageHit => ({
	url,
	title,
	excerpt: [{ text: 'About ' }, { text: title, mark: true }],
});

/** The answer to a query, with only what the test sets; `pages` undefined while they are still to come. */
function answer(fields: Partial<QueryAnswer>, pages?: PageHit[], tracker?: string): SearchAnswer {
	return buildAnswer(
		{
			query: '',
			lookup: [],
			vendorWords: [],
			vendorWordsWithin: [],
			pasted: [],
			httpStatuses: [],
			...fields,
			pages: pages ?? [],
			pending: pages === undefined,
		},
		words,
		{ ...siteLinks, ...(tracker ? { tracker } : {}) },
	);
}
const notices = (result: SearchAnswer) => result.notices.map((notice) => plainText(notice.parts));

describe('buildAnswer', () => {
	test('a documented code comes first, with the vendor’s message, and is the answer', () => {
		const result = answer(
			{ lookup: [{ kind: 'code', entry: generalError, signAssumed: false }] },
			[],
		);
		expect(result.options).toEqual([
			{
				href: '/codes/-18/',
				title: '-18 General error',
				detail: [{ text: 'An undefined error occured' }],
				kind: 'code',
			},
		]);
		expect(result.firstIsAnswer).toBe(true);
		expect(result.tickets).toEqual([{ kind: 'code', code: generalError, evidence: {} }]);
	});

	test('says when a sign was assumed', () => {
		const [option] = answer(
			{ lookup: [{ kind: 'code', entry: generalError, signAssumed: true }] },
			[],
		).options;
		expect(plainText(option!.detail)).toBe('Read as -18: error codes are negative.');
	});

	test('an undocumented code is said to be so, with what to do next; codes around it are offered but none is the answer', () => {
		const result = answer({ lookup: [{ kind: 'undocumented', code: -56, nearest: [noOsmindex] }] });
		expect(notices(result)[0]).toMatch(
			/^No documented result code -56\. The vendor’s table does not have it/,
		);
		expect(notices(result)[0]).toContain('the server version');
		expect(result.options.map((option) => [option.href, option.kind])).toEqual([
			['/codes/-57/', 'nearest'],
		]);
		expect(result.firstIsAnswer).toBe(false);
		expect(result.pending).toBe(true);
	});

	test('where a tracker is set, an undocumented code can be reported with what was pasted', () => {
		const result = answer(
			{
				query: '<result errorcode="-99"/>',
				lookup: [{ kind: 'undocumented', code: -99, nearest: [] }],
			},
			[],
			'https://tracker.test/new',
		);
		const link = result.notices[0]!.parts.find((part) => part.href);
		const url = new URL(link!.href!);
		expect(url.searchParams.get('title')).toBe(
			'Result code -99, which the reference does not explain',
		);
		expect(url.searchParams.get('body')).toContain('<result errorcode="-99"/>');
		expect(
			answer(
				{ lookup: [{ kind: 'undocumented', code: -99, nearest: [] }] },
				[],
			).notices[0]!.parts.some((part) => part.href),
		).toBe(false);
	});

	test('a positive value leads to what positive values mean', () => {
		const result = answer({ lookup: [{ kind: 'positive', value: 3 }] }, []);
		expect(notices(result)[0]).toMatch(/^3 is a positive value, not an error/);
		expect(result.options[0]).toMatchObject({
			href: '/results/#positive-values',
			kind: 'positive',
		});
		expect(result.firstIsAnswer).toBe(true);
	});

	test('the codes whose vendor words the query is come first; two that share them are both offered, and said to', () => {
		const shared = [
			known(-22, 'Value is out of range', 'The supplied value is out of range.'),
			known(-23, 'An empty value is not allowed', 'The supplied value is out of range.'),
		];
		const result = answer({ vendorWords: shared }, [
			page('/codes/-38/', '-38 Time difference above limit'),
		]);
		expect(result.options.map((option) => option.href)).toEqual([
			'/codes/-22/',
			'/codes/-23/',
			'/codes/-38/',
		]);
		expect(notices(result)).toEqual([
			'-22 and -23 share this message: the number in errorcode tells them apart.',
		]);
	});

	test('a pasted description that is none of the code’s wordings is said to be so', () => {
		const lookup = [{ kind: 'code' as const, entry: generalError, signAssumed: false }];
		const pasted = (description: string) => [
			{
				code: -18,
				xml: `<result errorcode="-18"><description>${description}</description></result>`,
				description,
			},
		];
		expect(notices(answer({ lookup, pasted: pasted('Something else') }, []))[0]).toMatch(
			/^The description “Something else” is none of the vendor’s wordings for -18/,
		);
		expect(notices(answer({ lookup, pasted: pasted('general ERROR') }, []))).toEqual([]);
	});

	test('a pasted request is read above the answer: its command, how the vendor connects it to the code, and what looks wrong', () => {
		const getClips: KnownCommand = {
			name: 'getClips',
			parameters: [{ names: ['serverid'], timestamp: false, optional: false }],
			lineNames: [],
			acceptsOthers: false,
			listed: [-17, -18],
			likely: [],
			table: 'whole',
		};
		const request = diagnoseRequest('command=getClips&severid=1', [getClips]);
		const result = answer(
			{ lookup: [{ kind: 'code', entry: generalError, signAssumed: false }], request },
			[],
		);
		const said = [
			'The request calls getClips.',
			'The vendor’s getClips page lists -18.',
			'Documented parameters it does not send: serverid.',
			'severid is not a parameter that getClips documents: did you mean serverid?',
		];
		expect(notices(result)).toEqual(said);
		expect(result.notices[0]!.parts.find((part) => part.href)?.href).toBe('/commands/getclips/');
		expect(result.options.map((option) => option.href)).toEqual([
			'/codes/-18/',
			'/commands/getclips/',
		]);
		expect(result.tickets[0]!.evidence).toEqual({
			request: 'command=getClips&severid=1',
			notices: said,
		});
	});

	test('a request pasted without a code leads with its command’s page, then the codes that page lists; its reading can be copied', () => {
		const getClips: KnownCommand = {
			name: 'getClips',
			parameters: [],
			lineNames: [],
			acceptsOthers: false,
			listed: [-18],
			likely: [],
			table: 'whole',
		};
		const result = answer(
			{ request: diagnoseRequest('command=getClips', [getClips]), requestCodes: [generalError] },
			[page('/codes/-36/', '-36 No enddate parameter found')],
		);
		expect(result.options.map((option) => [option.href, option.kind])).toEqual([
			['/commands/getclips/', 'command'],
			['/codes/-18/', 'code'],
			['/codes/-36/', 'page'],
		]);
		expect(result.firstIsAnswer).toBe(true);
		expect(result.tickets).toEqual([
			{
				kind: 'request',
				command: 'getClips',
				evidence: { request: 'command=getClips', notices: ['The request calls getClips.'] },
			},
		]);
	});

	test('a code whose number vendor pages disagree about is said to be disputed', () => {
		const disputed = { ...known(-26, 'Action name does not exist'), disputed: true as const };
		expect(
			notices(answer({ lookup: [{ kind: 'code', entry: disputed, signAssumed: false }] }, [])),
		).toEqual(['Vendor pages disagree about what -26 means: read its page before you rely on it.']);
	});

	test('an HTTP status is said not to be a result code, where the query has none', () => {
		expect(notices(answer({ httpStatuses: ['http 401'] }, []))[0]).toMatch(
			/^http 401 is an HTTP status, not a result code/,
		);
		expect(
			notices(
				answer(
					{
						httpStatuses: ['HTTP/1.1 200'],
						lookup: [{ kind: 'code', entry: generalError, signAssumed: false }],
					},
					[],
				),
			),
		).toEqual([]);
	});

	test('a corrected word is said, with the query as typed to search instead', () => {
		const result = answer(
			{ correction: { original: 'databse ofline', corrected: 'database offline' } },
			[page('/codes/-45/', '-45 Database offline')],
		);
		expect(notices(result)).toEqual(['Showing results for database offline']);
		expect(result.notices[0]!.searchInstead).toBe('Search for “databse ofline” instead');
	});

	test('phrases read through the support vocabulary are said, with the vendor’s words searched for them', () => {
		const result = answer(
			{
				readings: [
					{ typed: 'not supported', vendor: ['Not implemented'] },
					{ typed: 'video wall', vendor: ['monitor', 'multilayout'] },
				],
			},
			[page('/codes/-1/', '-1 Not implemented')],
		);
		expect(notices(result)).toEqual([
			'Also searched for the vendor’s words Not implemented (for “not supported”); monitor / multilayout (for “video wall”).',
		]);
		expect(result.notices[0]!.parts.filter((part) => part.mark).map((part) => part.text)).toEqual([
			'Not implemented',
			'monitor',
			'multilayout',
		]);
		expect(result.notices[0]!.searchInstead).toBeUndefined();
	});

	test('full-text pages follow the lookup, without the pages it already offers', () => {
		const result = answer({ lookup: [{ kind: 'code', entry: generalError, signAssumed: false }] }, [
			page('/codes/-18/#causes', '-18 General error'),
			page('/codes/-45/', '-45 Database offline'),
		]);
		expect(result.options.map((option) => option.href)).toEqual(['/codes/-18/', '/codes/-45/']);
		expect(result.options[1]).toMatchObject({
			kind: 'page',
			detail: [{ text: 'About ' }, { text: '-45 Database offline', mark: true }],
		});
	});

	test('in one file of articles (the offline edition), each article is a page of its own', () => {
		const result = buildAnswer(
			{
				query: '-18',
				lookup: [{ kind: 'code', entry: generalError, signAssumed: false }],
				vendorWords: [],
				vendorWordsWithin: [],
				pasted: [],
				httpStatuses: [],
				pages: [page('#code--18', '-18 General error'), page('#code--45', '-45 Database offline')],
				pending: false,
			},
			words,
			{ ...siteLinks, code: (code) => `#code-${code}` },
		);
		expect(result.options.map((option) => option.href)).toEqual(['#code--18', '#code--45']);
	});

	test('no lookup and no pages, once nothing more is to come, says that nothing matches', () => {
		expect(notices(answer({}, []))).toEqual(['No page matches.']);
		expect(answer({}, undefined).notices).toEqual([]);
	});
});

describe('describeAnswer', () => {
	test('names what Enter opens, except on a touch screen', () => {
		const result = answer({ lookup: [{ kind: 'code', entry: generalError, signAssumed: false }] }, [
			page('/x/', 'X'),
		]);
		expect(describeAnswer(result, words)).toBe('2 results. Enter opens -18 General error.');
		expect(describeAnswer(result, words, { touch: true })).toBe('2 results.');
	});

	test('says that nothing matches, once nothing more is to come', () => {
		expect(describeAnswer(answer({}, []), words)).toBe('No page matches.');
		expect(describeAnswer(answer({}), words)).toBe('');
	});

	test('a title that ends in a full stop gets no second one', () => {
		const timestamp = known(-4, 'Invalid Timestamp.', 'Invalid datetime format. See Timestamp.');
		expect(
			describeAnswer(
				answer({ lookup: [{ kind: 'code', entry: timestamp, signAssumed: false }] }, []),
				words,
			),
		).toBe('1 result. Enter opens -4 Invalid Timestamp.');
	});
});

describe('enterHint', () => {
	test('says that Enter opens nothing where the answer has notices and nothing for Enter to open', () => {
		const undocumented = answer({ lookup: [{ kind: 'undocumented', code: -99, nearest: [] }] }, []);
		expect(enterHint(undocumented, words)).toBe(
			'Nothing here for Enter to open: the notices above say what is known.',
		);
		const between = answer(
			{ lookup: [{ kind: 'undocumented', code: -56, nearest: [noOsmindex] }] },
			[],
		);
		expect(enterHint(between, words)).toBe('Enter opens nothing here: ↑ ↓ choose a result.');
		expect(
			enterHint(
				answer({ lookup: [{ kind: 'code', entry: generalError, signAssumed: false }] }, []),
				words,
			),
		).toBeUndefined();
	});
});
