/**
 * Reading a mistyped word as the word that was meant. A word matches nothing where no word of the
 * site's text starts with it (nor with it less an ending, "caused" for "cause"); it is then read as
 * the nearest word of a vocabulary by edits (a letter added, dropped, changed, or two swapped),
 * within one edit for a short word and two for a longer one. Pure and small: it runs in the browser.
 */

/** Edits between two words, a swap of neighbours counting as one (optimal string alignment). */
export function editDistance(a: string, b: string, limit = Infinity): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let twoBack: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				best = Math.min(best, twoBack[j - 2]! + 1);
			current.push(best);
			rowMin = Math.min(rowMin, best);
		}
		if (rowMin > limit) return limit + 1;
		twoBack = previous;
		previous = current;
	}
	return previous[b.length]!;
}

/** How many edits a word may be from the one meant: one for up to five letters, two beyond. */
const allowedEdits = (word: string) => (word.length <= 5 ? 1 : 2);

/**
 * The word of `vocabulary` nearest to `word`, within the edits allowed; undefined where `word` is
 * one of them, or none is near. Of equally near words, the one with the same first letter, then
 * the first in `vocabulary`'s order.
 */
export function nearestWord(word: string, vocabulary: readonly string[]): string | undefined {
	if (word.length < 3 || vocabulary.includes(word)) return undefined;
	const limit = allowedEdits(word);
	let best: { word: string; distance: number; sameStart: boolean } | undefined;
	for (const candidate of vocabulary) {
		const distance = editDistance(word, candidate, limit);
		if (distance > limit) continue;
		const sameStart = candidate[0] === word[0];
		if (
			!best ||
			distance < best.distance ||
			(distance === best.distance && sameStart && !best.sameStart)
		) {
			best = { word: candidate, distance, sameStart };
		}
	}
	return best?.word;
}

/** Endings a word may carry where the site's text has the word without them. */
const ENDINGS = /(?:ing|ers|er|es|ed|ly|s|d)$/;

/** True where some word of `sorted` (in order) starts with `prefix`. */
function startsSome(prefix: string, sorted: readonly string[]): boolean {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (sorted[middle]! < prefix) low = middle + 1;
		else high = middle;
	}
	return sorted[low]?.startsWith(prefix) ?? false;
}

/** True where no word of the site's text (`knownWords`, in order) starts with `word`, with or without an ending. */
export function matchesNothing(word: string, knownWords: readonly string[]): boolean {
	const stem = word.replace(ENDINGS, '');
	return !startsSome(word, knownWords) && (stem.length < 3 || !startsSome(stem, knownWords));
}

/**
 * The words to search for a query's words: each as typed where `isKnown` says the text has it; else
 * the nearest word of `vocabulary` (recorded in `corrections`, by the word typed), or none, since a
 * full-text index would match a word it lacks by a shorter part of it ("sever" for "severid").
 * Words that do not start with a letter (codes, numbers) are searched as typed.
 */
export function wordsToSearch(
	typed: readonly string[],
	isKnown: (word: string) => boolean,
	vocabulary: readonly string[],
	corrections: Map<string, string>,
): string[] {
	return typed.flatMap((word) => {
		if (!/^\p{L}/u.test(word) || isKnown(word)) return [word];
		const nearest = nearestWord(word, vocabulary);
		if (nearest) corrections.set(word, nearest);
		return nearest ? [nearest] : [];
	});
}

/** The query with each corrected word in its place, as a reader would have typed it. */
export function correctedText(text: string, corrections: ReadonlyMap<string, string>): string {
	return text.replace(/[\p{L}\p{N}'’-]+/gu, (word) => corrections.get(word.toLowerCase()) ?? word);
}
