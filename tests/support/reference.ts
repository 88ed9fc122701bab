/**
 * The reference the build makes of the data files (tests/support/data.ts), the search data it
 * makes of them, and the site's links as an answer writes them: for unit tests of the data and of
 * what search says of it, without a build.
 */
import en from '../../src/content/i18n/en.json';
import { searchData } from '../../src/outputs/search-data';
import { buildReference } from '../../src/reference/reference';
import type { AnswerContext } from '../../src/search/core/answer';
import { codes, commands, dataFiles, rules, vocabulary } from './data';

export { codes, commands, rules, vocabulary };

export const reference = buildReference(
	codes,
	commands,
	{ codesFile: dataFiles.codes, commandsFile: dataFiles.commands, rulesFile: dataFiles.rules },
	rules,
);

/** The search data the site serves, but for the text of its prose pages. */
export const data = searchData(reference, vocabulary, { all: () => en }, undefined, []);

/** Where an answer's links lead on the site. */
export const siteLinks: AnswerContext = {
	code: (code) => `/codes/${code}/`,
	command: (name) => `/commands/${name.toLowerCase()}/`,
	positiveValues: '/results/#positive-values',
	results: '/results/',
	list: (items) => items.join(' and '),
};
