/**
 * Reading a query as a support engineer means it. People say what the vendor does not ("not
 * supported" for "Not implemented", "SQL" for the database, Dutch for all of it): the support
 * vocabulary (data/vocabulary.json) ties the phrases they use to the vendor's words, and a query
 * that holds such a phrase is searched for the vendor's words too. A word that matches nothing else
 * is read as the word of the site it is nearest to (typos.ts). Both readings are said in the answer.
 *
 * Phrases are compared word by word, each in a form without its ending: an English word without a
 * plural "s", a Dutch word by its Snowball stem ("opnames" and "opname", "ongeldige" and
 * "ongeldig"). Pure and small: it runs in the browser, on the site and in the offline edition.
 */
import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import type { SearchVocabulary } from '../../schemas/search-data';
import { isSearchWord, MAX_WORDS, queryTokens, queryWords } from './ranking';
import { wordsToSearch } from './typos';

type VocabularyEntry = SearchVocabulary['groups'][number];

/** A group of data/vocabulary.json, as far as search reads it. */
interface VocabularySource {
	vendor: readonly string[];
	en: readonly string[];
	nl: readonly string[];
}

/** A plural "s" is dropped from an English word of more than three letters ("walls", "camera's"). */
const englishForm = (word: string) => (word.length > 3 ? word.replace(/'?s$/, '') : word);

/** A Dutch word's Snowball stem, taken after a plural "s" ("opnames", "camera's"). */
const dutchForm = (word: string) => dutchStemmer(englishForm(word));

/** The forms a query's word may be compared in: as English and as Dutch, with and without a plural "s". */
function queryForms(word: string): Set<string> {
	return new Set([englishForm(word), dutchForm(word), dutchStemmer(word)]);
}

/** A phrase of the vocabulary as its words' forms, in its language. */
export function phraseForms(phrase: string, language: 'en' | 'nl'): string[] {
	return queryTokens(phrase).map(language === 'en' ? englishForm : dutchForm);
}

/** The vocabulary as search carries it: a Dutch phrase as the forms of its words, which is all search needs of it. */
export function compileVocabulary(groups: readonly VocabularySource[]): SearchVocabulary {
	return {
		groups: groups.map((group) => ({
			vendor: [...group.vendor],
			en: [...group.en],
			nl: group.nl.map((phrase) => phraseForms(phrase, 'nl').join(' ')),
		})),
	};
}

/** Each group's phrases as their words' forms, worked out once per vocabulary. */
const phrasesOf = new WeakMap<SearchVocabulary, { entry: VocabularyEntry; forms: string[] }[]>();

function phrases(vocabulary: SearchVocabulary) {
	let compiled = phrasesOf.get(vocabulary);
	if (!compiled) {
		compiled = vocabulary.groups.flatMap((entry) => [
			...entry.en.map((phrase) => ({ entry, forms: phraseForms(phrase, 'en') })),
			...entry.nl.map((forms) => ({ entry, forms: forms.split(' ') })),
		]);
		phrasesOf.set(vocabulary, compiled);
	}
	return compiled;
}

/** A phrase of a query read through the vocabulary: as typed, and the vendor's words it stands for. */
export interface VocabularyReading {
	typed: string;
	vendor: string[];
}

/** What a query is searched for. */
export interface QueryReading {
	/**
	 * The query's parts, in order, each the ways a page may hold it: one or more lists of words,
	 * any one of which a page holds whole ("SQL" is "sql", or "database").
	 */
	parts: string[][][];
	/** The words read as another, by the word typed (typos.ts). */
	corrections: Map<string, string>;
	/** The phrases read through the support vocabulary. */
	readings: VocabularyReading[];
}

export interface QueryContext {
	vocabulary: SearchVocabulary | undefined;
	/** True where the site's text has the word, in some form. */
	isKnown(word: string): boolean;
	/** The words a mistyped word may be read as. */
	typoVocabulary: readonly string[];
	/** True to search the words as typed, without reading a mistyped one as another. */
	exactly: boolean;
}

/** The longest phrase of the vocabulary that the tokens hold from `start`: its group and length. */
function phraseAt(
	forms: readonly Set<string>[],
	start: number,
	vocabulary: SearchVocabulary,
): { entry: VocabularyEntry; length: number } | undefined {
	let best: { entry: VocabularyEntry; length: number } | undefined;
	for (const { entry, forms: phrase } of phrases(vocabulary)) {
		if (phrase.length <= (best?.length ?? 0) || start + phrase.length > forms.length) continue;
		if (phrase.every((form, index) => forms[start + index]!.has(form)))
			best = { entry, length: phrase.length };
	}
	return best;
}

/** The words of a text that full-text search looks for, in order. */
const searchWordsOf = (text: string) => queryTokens(text).filter(isSearchWord);

/**
 * Reads a query: each phrase of the support vocabulary it holds is searched as typed, as the other
 * English phrases of its group (those whose words the site has) or as the vendor's words the group
 * stands for, whichever a page holds best; each other word as typed, or, where it matches nothing,
 * as the word of the site nearest to it.
 */
export function readQuery(text: string, context: QueryContext): QueryReading {
	const tokens = queryTokens(text);
	const forms = tokens.map(queryForms);
	const corrections = new Map<string, string>();
	const readings: VocabularyReading[] = [];
	const parts: string[][][] = [];
	for (let index = 0; index < tokens.length;) {
		const phrase = context.vocabulary && phraseAt(forms, index, context.vocabulary);
		if (phrase) {
			const typed = tokens.slice(index, index + phrase.length);
			const { entry } = phrase;
			const ways = [typed.join(' '), ...entry.en, ...entry.vendor]
				.map(searchWordsOf)
				.filter((words) => words.length > 0 && words.every((word) => context.isKnown(word)));
			parts.push([...new Map(ways.map((words) => [words.join(' '), words])).values()]);
			readings.push({ typed: typed.join(' '), vendor: entry.vendor });
			index += phrase.length;
			continue;
		}
		const word = tokens[index]!;
		index += 1;
		if (!isSearchWord(word)) continue;
		const searched = context.exactly
			? [word]
			: wordsToSearch([word], context.isKnown, context.typoVocabulary, corrections);
		if (searched.length > 0) parts.push([searched]);
	}
	const distinct = [...new Map(parts.map((part) => [JSON.stringify(part), part])).values()];
	// A query of stop words alone ("not a") is searched as it is.
	const searched =
		distinct.length > 0 || readings.length > 0
			? distinct
			: queryWords(text).map((word) => [[word]]);
	return {
		parts: searched.slice(0, MAX_WORDS),
		corrections,
		readings: [...new Map(readings.map((reading) => [reading.typed, reading])).values()],
	};
}
