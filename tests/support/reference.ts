/**
 * The data files as the build reads them (through the collections' loader function, from
 * VDG_DATA_DIR), the reference and the search data it makes of them, and the site's links as an
 * answer writes them: for unit tests of the data and of what search says of it, without a build.
 */
import en from '../../src/content/i18n/en.json';
import { searchData } from '../../src/outputs/search-data';
import { readDataFile } from '../../src/reference/loader';
import { buildReference } from '../../src/reference/reference';
import { codeSchema } from '../../src/schemas/code';
import { commandSchema } from '../../src/schemas/command';
import { generalRuleSchema } from '../../src/schemas/general-rule';
import { vocabularyGroupSchema } from '../../src/schemas/vocabulary';
import type { AnswerContext } from '../../src/search/core/answer';
import { settings } from '../../src/settings';

const { dataFiles } = settings;

export const codes = [
	...(await readDataFile(dataFiles.codes, dataFiles.codes, 'code', codeSchema)).values(),
];
export const commands = [
	...(await readDataFile(dataFiles.commands, dataFiles.commands, 'name', commandSchema)).values(),
];
export const rules = [
	...(await readDataFile(dataFiles.rules, dataFiles.rules, 'id', generalRuleSchema)).values(),
];
export const vocabulary = [
	...(
		await readDataFile(dataFiles.vocabulary, dataFiles.vocabulary, 'id', vocabularyGroupSchema)
	).values(),
];
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
