import { describe, expect, test } from 'vitest';
import {
	ANSWER_WORDS,
	buildAnswer as build,
	describeAnswer as describe_,
	type PageHit,
	type SearchAnswer,
} from '../../src/search/answer';
import type { KnownCode, LookupResult } from '../../src/search/lookup';
import { templates } from '../support/words';

const urls = {
	code: (code: number) => `/codes/${code}/`,
	positiveValues: '/results/#positive-values',
};
const generalError: KnownCode = {
	code: -18,
	name: 'General error',
	message: 'An undefined error occured',
};
const noOsmindex: KnownCode = { code: -57, name: 'No osmindex', message: '' };
/** The answer to the lookup results and pages; `undefined` pages are still to come. */
const words = templates(ANSWER_WORDS);
const buildAnswer = (
	lookup: LookupResult[],
	pages: PageHit[] | undefined,
	urls: Parameters<typeof build>[1],
) => build({ lookup, pages: pages ?? [], pending: pages === undefined }, urls, words);
const describeAnswer = (answer: SearchAnswer) => describe_(answer, words);
const page = (url: string, title: string) => ({
	url,
	title,
	excerpt: `About <mark>${title}</mark>`,
});

describe('buildAnswer', () => {
	test('a documented code comes first, with the vendor’s message, and is the answer', () => {
		const answer = buildAnswer(
			[{ kind: 'code', entry: generalError, signAssumed: false }],
			[],
			urls,
		);
		expect(answer).toEqual({
			notices: [],
			options: [
				{
					href: '/codes/-18/',
					title: '-18 General error',
					detail: 'An undefined error occured',
					kind: 'code',
				},
			],
			firstIsAnswer: true,
			pending: false,
		});
	});

	test('says when a sign was assumed', () => {
		const [option] = buildAnswer(
			[{ kind: 'code', entry: generalError, signAssumed: true }],
			[],
			urls,
		).options;
		expect(option?.detail).toBe('Read as -18: error codes are negative.');
	});

	test('an undocumented code is said to be so; its nearest codes are offered but none is the answer', () => {
		const answer = buildAnswer(
			[{ kind: 'undocumented', code: -56, nearest: [noOsmindex] }],
			undefined,
			urls,
		);
		expect(answer.notices).toEqual(['No documented result code -56.']);
		expect(answer.options.map((option) => [option.href, option.kind])).toEqual([
			['/codes/-57/', 'nearest'],
		]);
		expect(answer.firstIsAnswer).toBe(false);
		expect(answer.pending).toBe(true);
	});

	test('a positive value leads to what positive values mean', () => {
		const answer = buildAnswer([{ kind: 'positive', value: 3 }], [], urls);
		expect(answer.notices[0]).toMatch(/^3 is a positive value, not an error/);
		expect(answer.options[0]).toMatchObject({
			href: '/results/#positive-values',
			kind: 'positive',
		});
		expect(answer.firstIsAnswer).toBe(true);
	});

	test('full-text pages follow the lookup, without the pages it already offers', () => {
		const answer = buildAnswer(
			[{ kind: 'code', entry: generalError, signAssumed: false }],
			[
				page('/codes/-18/#causes', '-18 General error'),
				page('/codes/-45/', '-45 Database offline'),
			],
			urls,
		);
		expect(answer.options.map((option) => option.href)).toEqual(['/codes/-18/', '/codes/-45/']);
		expect(answer.options[1]).toMatchObject({
			excerpt: true,
			detail: 'About <mark>-45 Database offline</mark>',
		});
	});

	test('in one file of articles (the offline edition), each article is a page of its own', () => {
		const answer = buildAnswer(
			[{ kind: 'code', entry: generalError, signAssumed: false }],
			[page('#code--18', '-18 General error'), page('#code--45', '-45 Database offline')],
			{ code: (code) => `#code-${code}`, positiveValues: '#positive-values' },
		);
		expect(answer.options.map((option) => option.href)).toEqual(['#code--18', '#code--45']);
	});

	test('no lookup and no pages, once nothing more is to come, says that nothing matches', () => {
		expect(buildAnswer([], [], urls)).toEqual({
			notices: ['No page matches.'],
			options: [],
			firstIsAnswer: false,
			pending: false,
		});
		expect(buildAnswer([], undefined, urls).notices).toEqual([]);
	});
});

describe('describeAnswer', () => {
	test('names what Enter opens', () => {
		const answer = buildAnswer(
			[{ kind: 'code', entry: generalError, signAssumed: false }],
			[page('/x/', 'X')],
			urls,
		);
		expect(describeAnswer(answer)).toBe('2 results. Enter opens -18 General error.');
	});

	test('says that nothing matches, once nothing more is to come', () => {
		expect(describeAnswer(buildAnswer([], [], urls))).toBe('No page matches.');
		expect(describeAnswer(buildAnswer([], undefined, urls))).toBe('');
	});

	test('for an undocumented code, asks to choose', () => {
		const answer = buildAnswer(
			[{ kind: 'undocumented', code: -56, nearest: [noOsmindex] }],
			[],
			urls,
		);
		expect(describeAnswer(answer)).toBe(
			'No documented result code -56. 1 result. Use the arrow keys to choose one.',
		);
	});
});
