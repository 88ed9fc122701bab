import { expect, test } from 'vitest';
import { findVocabularyProblems } from '../../src/reference/vocabulary';
import { vocabularyGroupSchema, type VocabularyGroup } from '../../src/schemas/vocabulary';
import { codeEntry, commandEntry } from './fixtures';

const codes = [
	codeEntry({ code: -1, name: 'Not implemented', message: 'Function not implemented.' }),
	codeEntry({
		code: -52,
		name: 'Video tag is still active',
		message: 'Tag cannot be exported while active',
	}),
];
const commands = [
	commandEntry({
		name: 'selectMultiLayout',
		parameters: [
			{ name: 'multilayoutid', type: '[UID]', optional: false, description: '', otherNames: [] },
		],
	}),
];
const group = (fields: Partial<VocabularyGroup>): VocabularyGroup =>
	vocabularyGroupSchema.parse({ id: 'a-group', vendor: ['Not implemented'], en: ['x'], ...fields });
const problems = (...groups: VocabularyGroup[]) =>
	findVocabularyProblems(groups, codes, commands, 'data/vocabulary.json');

test('a group stands for words of the vendor’s names, messages, commands and parameters, at the start of a word, in any case', () => {
	expect(
		problems(
			group({ id: 'a', vendor: ['not implemented'], en: ['not supported'] }),
			group({ id: 'b', vendor: ['export'], en: ['download'] }),
			group({ id: 'c', vendor: ['multilayout'], en: ['video wall'] }),
		),
	).toEqual([]);
});

test('a word the vendor does not use is named with its file, entry and field', () => {
	expect(problems(group({ id: 'sql', vendor: ['database', 'implemented'] }))).toEqual([
		'data/vocabulary.json: entry "sql": field "vendor[0]": "database" is in no code\'s name, message or wording, nor a command\'s or parameter\'s name',
	]);
});

test('a phrase in two groups, or twice in one, is named where it comes again', () => {
	expect(
		problems(
			group({ id: 'a', en: ['offline'] }),
			group({ id: 'b', en: ['down', 'down'], nl: ['offline'] }),
		),
	).toEqual([
		'data/vocabulary.json: entry "b": field "en[1]": "down" is in this group already',
		'data/vocabulary.json: entry "b": field "nl[0]": "offline" is in group "a" already',
	]);
});

test('a group needs a phrase, and phrases are lower-case words', () => {
	expect(vocabularyGroupSchema.safeParse({ id: 'a', vendor: ['x'] }).success).toBe(false);
	expect(
		vocabularyGroupSchema.safeParse({ id: 'a', vendor: ['x'], en: ['Not Supported'] }).success,
	).toBe(false);
	expect(
		vocabularyGroupSchema.safeParse({
			id: 'a',
			vendor: ['x'],
			nl: ['niet geïmplementeerd', "camera's"],
		}).success,
	).toBe(true);
});
