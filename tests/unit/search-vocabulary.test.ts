import { describe, expect, test } from 'vitest';
import { compileVocabulary, readQuery, type QueryContext } from '../../src/search/core/vocabulary';

/** A vocabulary written for the tests, as data/vocabulary.json is written. */
const vocabulary = compileVocabulary([
	{
		vendor: ['Not implemented'],
		en: ['not supported', 'unsupported'],
		nl: ['niet ondersteund'],
	},
	{ vendor: ['database'], en: ['sql', 'sql server'], nl: ['databank'] },
	{ vendor: ['No video data'], en: ['no recording'], nl: ['geen opname'] },
	{ vendor: ['invalid'], en: ['wrong'], nl: ['ongeldig'] },
	{ vendor: ['Image size'], en: ['resolution'], nl: ['resolutie'] },
]);

/** The words of the site's text, as the search data lists them. */
const SITE_WORDS = [
	'database',
	'implemented',
	'supported',
	'server',
	'video',
	'data',
	'recording',
	'invalid',
	'wrong',
	'image',
	'size',
	'timestamp',
];

function context(fields: Partial<QueryContext> = {}): QueryContext {
	return {
		vocabulary,
		isKnown: (word) => SITE_WORDS.some((known) => known.startsWith(word)),
		typoVocabulary: SITE_WORDS,
		exactly: false,
		...fields,
	};
}

describe('readQuery', () => {
	test('searches a phrase of the vocabulary as typed, as its group’s English phrases, and as the vendor’s words', () => {
		const { parts, readings } = readQuery('not supported by the server', context());
		expect(parts).toEqual([[['supported'], ['implemented']], [['server']]]);
		expect(readings).toEqual([{ typed: 'not supported', vendor: ['Not implemented'] }]);
	});

	test('reads the longest phrase it holds', () => {
		const { parts, readings } = readQuery('SQL Server down', context());
		expect(readings).toEqual([{ typed: 'sql server', vendor: ['database'] }]);
		expect(parts[0]).toEqual([['database']]);
	});

	test('searches a word the site does not have only as the phrases and vendor’s words the site has', () => {
		expect(readQuery('databank', context()).parts).toEqual([[['database']]]);
		// A phrase as typed is searched only where the site has every word of it.
		expect(readQuery('sql', context()).parts).toEqual([[['database']]]);
	});

	test('a vendor phrase is searched whole, as the words a page must hold together', () => {
		expect(readQuery('resolution', context()).parts).toEqual([[['image', 'size']]]);
	});

	test('reads Dutch words in any of their forms, by their stem', () => {
		for (const query of ['geen opnames', 'Geen opname', 'geen opnamen'])
			expect(readQuery(query, context()).readings).toEqual([
				{ typed: query.toLowerCase(), vendor: ['No video data'] },
			]);
		expect(readQuery('ongeldige tijd', context()).readings).toEqual([
			{ typed: 'ongeldige', vendor: ['invalid'] },
		]);
	});

	test('reads an English word in the plural as in the singular', () => {
		expect(readQuery('wrong resolutions', context()).readings).toEqual([
			{ typed: 'wrong', vendor: ['invalid'] },
			{ typed: 'resolutions', vendor: ['Image size'] },
		]);
	});

	test('reads a word that matches nothing as the site’s word nearest to it, and says so', () => {
		const { parts, corrections } = readQuery('databse unsupported', context());
		expect(parts).toEqual([[['database']], [['supported'], ['implemented']]]);
		expect([...corrections]).toEqual([['databse', 'database']]);
	});

	test('searches the words as typed when asked to, still through the vocabulary', () => {
		const { parts, corrections } = readQuery('databse sql', context({ exactly: true }));
		expect(parts).toEqual([[['databse']], [['database']]]);
		expect(corrections.size).toBe(0);
	});

	test('without a vocabulary, searches the words as typed or corrected', () => {
		const { parts, readings } = readQuery('not supported', context({ vocabulary: undefined }));
		expect(parts).toEqual([[['supported']]]);
		expect(readings).toEqual([]);
	});

	test('leaves out stop words and repeated words, and keeps a query of stop words alone', () => {
		expect(readQuery('the image, the image', context()).parts).toEqual([[['image']]]);
		expect(readQuery('not a', context()).parts).toEqual([[['not']], [['a']]]);
	});
});
