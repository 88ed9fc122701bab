/**
 * The file's Porter2 stemmer against a published implementation (npm `porter2`) over real words:
 * every word of the data, the UI strings and the prose pages, and a standard English word list of
 * some 274,000 words (npm `word-list`). Pagefind 1.6 stems with Snowball 3.0, whose English
 * stemmer keeps the double consonant of a word that is a vowel and a double ("added" is "add",
 * Porter2's "ad"): the file's follows it there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stem as published } from 'porter2';
import { expect, test } from 'vitest';
import wordListPath from 'word-list';
import { stem } from '../../src/offline/app/stem';

const ROOT = new URL('../../', import.meta.url).pathname;

/** The words of a text, in lower case, as the index stems them. */
const wordsIn = (text: string) => text.toLowerCase().match(/[\p{L}']+/gu) ?? [];

/** Every word the site's pages are made of. */
function siteWords(): string[] {
	const folders = ['data', 'src/content'];
	const files = folders.flatMap((folder) =>
		readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
			.filter((file) => /\.(json|md|mdx)$/.test(file))
			.map((file) => join(ROOT, folder, file)),
	);
	return files.flatMap((file) => wordsIn(readFileSync(file, 'utf8')));
}

/** Porter2's stem, but where Snowball 3.0 keeps the double: "add" for "added", "egg" for "egging". */
function snowball3(word: string): string {
	const porter2 = published(word);
	return /^[aeo](bb|dd|ff|gg|mm|nn|pp|rr|tt)(ed|ing)/.test(word) && porter2 === word.slice(0, 2)
		? word.slice(0, 3)
		: porter2;
}

/** The words whose stems differ from the published stemmer's (with Snowball 3.0's change), with both stems. */
function disagreements(words: Iterable<string>): string[] {
	return [...new Set(words)]
		.filter((word) => stem(word) !== snowball3(word))
		.map((word) => `${word}: ${stem(word)}, not ${snowball3(word)}`);
}

test('stems every word of the site as the published Porter2 stemmer does, as Snowball 3.0 changed it', () => {
	const words = siteWords();
	expect(new Set(words).size).toBeGreaterThan(1500);
	expect(disagreements(words)).toEqual([]);
});

test('stems a standard English word list as the published Porter2 stemmer does, as Snowball 3.0 changed it', () => {
	const words = readFileSync(wordListPath, 'utf8').split('\n').filter(Boolean);
	expect(words.length).toBeGreaterThan(270_000);
	expect(disagreements(words)).toEqual([]);
});

test('stems the names of Object’s own properties as words, not as what an object holds', () => {
	const names = ['constructor', 'prototype', 'tostring', 'valueof', 'hasownproperty', '__proto__'];
	expect(names.map(stem)).toEqual(names.map(published));
	expect(stem('constructor')).toBe('constructor');
});

test('gives the forms of a word one stem, so that any form finds the others', () => {
	for (const forms of [
		['render', 'renders', 'rendered', 'rendering'],
		['connection', 'connections', 'connected', 'connecting'],
		['configure', 'configured', 'configuration'],
	]) {
		expect(new Set(forms.map(stem)), forms.join(', ')).toHaveProperty('size', 1);
	}
});

test('leaves short words, numbers and codes as they are', () => {
	expect(['id', '64', '-18', '2.5.4'].map(stem)).toEqual(['id', '64', '-18', '2.5.4']);
});
