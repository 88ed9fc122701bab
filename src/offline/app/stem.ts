/**
 * English stemming, the Porter2 ("Snowball English") algorithm as Snowball 3.0 has it, which
 * Pagefind 1.6 stems the site's index with: "rendering", "rendered" and "renders" all become "render", so that the offline
 * edition's search finds a word in any of its forms, as the site's does.
 * https://snowballstem.org/algorithms/english/stemmer.html
 */

const isVowel = (character: string | undefined) =>
	character !== undefined && 'aeiouy'.includes(character);

/** Words the rules get wrong, and what they stem to: a Map, so that "constructor" is no exception. */
const EXCEPTIONS = new Map(
	Object.entries({
		skis: 'ski',
		skies: 'sky',
		dying: 'die',
		lying: 'lie',
		tying: 'tie',
		idly: 'idl',
		gently: 'gentl',
		ugly: 'ugli',
		early: 'earli',
		only: 'onli',
		singly: 'singl',
		sky: 'sky',
		news: 'news',
		howe: 'howe',
		atlas: 'atlas',
		cosmos: 'cosmos',
		bias: 'bias',
		andes: 'andes',
	}),
);

/** Words left as they are once their plural is removed. */
const INVARIANT = new Set([
	'inning',
	'outing',
	'canning',
	'herring',
	'earring',
	'proceed',
	'exceed',
	'succeed',
]);

/** Step 2: in R1, each suffix becomes its replacement (`ogi` after `l` only; `li` after a valid ending only). */
const STEP_2: [string, string][] = [
	['ization', 'ize'],
	['ational', 'ate'],
	['fulness', 'ful'],
	['ousness', 'ous'],
	['iveness', 'ive'],
	['tional', 'tion'],
	['biliti', 'ble'],
	['lessli', 'less'],
	['entli', 'ent'],
	['ation', 'ate'],
	['alism', 'al'],
	['aliti', 'al'],
	['ousli', 'ous'],
	['iviti', 'ive'],
	['fulli', 'ful'],
	['enci', 'ence'],
	['anci', 'ance'],
	['abli', 'able'],
	['izer', 'ize'],
	['ator', 'ate'],
	['alli', 'al'],
	['bli', 'ble'],
	['ogi', 'og'],
	['li', ''],
];

/** Step 3: in R1, each suffix becomes its replacement (`ative` goes in R2 only). */
const STEP_3: [string, string][] = [
	['ational', 'ate'],
	['tional', 'tion'],
	['alize', 'al'],
	['icate', 'ic'],
	['iciti', 'ic'],
	['ative', ''],
	['ical', 'ic'],
	['ness', ''],
	['ful', ''],
];

/** Step 4: in R2, each suffix goes (`ion` after `s` or `t` only). */
const STEP_4 = [
	'ement',
	'ance',
	'ence',
	'able',
	'ible',
	'ment',
	'ant',
	'ent',
	'ism',
	'ate',
	'iti',
	'ous',
	'ive',
	'ize',
	'ion',
	'al',
	'er',
	'ic',
];

/** Where the region after the first non-vowel that follows a vowel begins, looking from `from`. */
function regionAfter(word: string, from: number): number {
	for (let index = from + 1; index < word.length; index++) {
		if (isVowel(word[index - 1]) && !isVowel(word[index])) return index + 1;
	}
	return word.length;
}

/** True where `word` ends in a short syllable: "hop", "at" (a vowel first, then a non-vowel). */
function endsInShortSyllable(word: string): boolean {
	const [a, b, c] = [word.at(-3), word.at(-2), word.at(-1)];
	if (word.length === 2) return isVowel(b) && !isVowel(c);
	return !isVowel(a) && isVowel(b) && !isVowel(c) && !'wxY'.includes(c!);
}

/** The longest of `suffixes` that `word` ends with. */
function longest<Suffix extends string>(word: string, suffixes: readonly Suffix[]) {
	return suffixes
		.filter((suffix) => word.endsWith(suffix))
		.reduce<Suffix | undefined>(
			(best, suffix) => (best && best.length >= suffix.length ? best : suffix),
			undefined,
		);
}

/** The stem of a word in lower case. */
export function stem(input: string): string {
	if (input.length <= 2) return input;
	let word = input.startsWith("'") ? input.slice(1) : input;
	const exception = EXCEPTIONS.get(word);
	if (exception !== undefined) return exception;
	// A y that acts as a consonant is Y, which is no vowel.
	word = word.replace(/^y/, 'Y').replace(/([aeiouy])y/g, '$1Y');
	const r1 = /^(?:gener|commun|arsen)/.exec(word)?.[0].length ?? regionAfter(word, 0);
	const r2 = regionAfter(word, r1);
	const inR1 = (suffix: string) => word.length - suffix.length >= r1;
	const inR2 = (suffix: string) => word.length - suffix.length >= r2;
	const cut = (suffix: string, replacement = '') =>
		(word = word.slice(0, word.length - suffix.length) + replacement);

	// Step 0: possessives.
	const possessive = longest(word, ["'s'", "'s", "'"]);
	if (possessive) cut(possessive);

	// Step 1a: plurals.
	const plural = longest(word, ['sses', 'ied', 'ies', 'us', 'ss', 's']);
	if (plural === 'sses') cut(plural, 'ss');
	else if (plural === 'ied' || plural === 'ies') cut(plural, word.length > 4 ? 'i' : 'ie');
	else if (plural === 's' && /[aeiouy]/.test(word.slice(0, -2))) cut(plural);
	if (INVARIANT.has(word)) return word;

	// Step 1b: -ed and -ing.
	const ending = longest(word, ['eedly', 'ingly', 'edly', 'eed', 'ing', 'ed']);
	if (ending === 'eed' || ending === 'eedly') {
		if (inR1(ending)) cut(ending, 'ee');
	} else if (ending && /[aeiouy]/.test(word.slice(0, -ending.length))) {
		cut(ending);
		if (/(?:at|bl|iz)$/.test(word)) word += 'e';
		// Snowball 3.0, which Pagefind 1.6 stems with, keeps a word that is a vowel and a double ("add").
		else if (/(?:bb|dd|ff|gg|mm|nn|pp|rr|tt)$/.test(word) && !/^[aeo](.)\1$/.test(word))
			word = word.slice(0, -1);
		else if (r1 >= word.length && endsInShortSyllable(word)) word += 'e';
	}

	// Step 1c: a final y after a consonant, not the first letter.
	if (word.length > 2 && /[yY]$/.test(word) && !isVowel(word.at(-2))) cut('y', 'i');

	// Step 2.
	const step2 = STEP_2.find(([suffix]) => word.endsWith(suffix));
	if (step2 && inR1(step2[0])) {
		const [suffix, replacement] = step2;
		const before = word.at(-suffix.length - 1) ?? '';
		if (suffix === 'ogi' ? before === 'l' : suffix === 'li' ? 'cdeghkmnrt'.includes(before) : true)
			cut(suffix, replacement);
	}

	// Step 3.
	const step3 = STEP_3.find(([suffix]) => word.endsWith(suffix));
	if (step3 && inR1(step3[0]) && (step3[0] !== 'ative' || inR2(step3[0]))) cut(step3[0], step3[1]);

	// Step 4.
	const step4 = longest(word, STEP_4);
	if (step4 && inR2(step4) && (step4 !== 'ion' || /[st]$/.test(word.slice(0, -3)))) cut(step4);

	// Step 5.
	if (word.endsWith('e')) {
		const rest = word.slice(0, -1);
		if (inR2('e') || (inR1('e') && !endsInShortSyllable(rest))) cut('e');
	} else if (word.endsWith('ll') && inR2('l')) cut('l');

	return word.replace(/Y/g, 'y');
}
