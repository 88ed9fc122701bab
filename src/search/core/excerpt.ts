/**
 * The excerpt of a full-text result: the sentence of the page that holds most of the query's
 * words, with those words marked, cut to a few lines around them. Pagefind's own excerpt is a
 * window of words that can start mid-sentence and run across headings; a sentence answers. Pure:
 * it runs in the browser on Pagefind's fragment of a page.
 */
import type { Rich } from '../../utils/rich';
import { SEARCH_TERMS_ID } from './index-policy';

/** What Pagefind gives of a page: its indexed text, where the query's words are in it, and its elements with ids. */
export interface PageText {
	content: string;
	/** Positions of the query's words among the content's words. */
	locations: readonly number[];
	/** Elements with an id (headings, and the blocks we give ids): where each starts, and its text. */
	anchors: readonly { element: string; id?: string; location: number; text?: string }[];
}

/** At most this many words: about three lines on a phone. */
const MAX_WORDS = 24;
/** Words kept before the first match when a sentence is cut. */
const LEAD = 5;

const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/**
 * Where each sentence of the words starts and ends: at sentence punctuation, and at every anchor.
 * Headings, and the search terms, are no sentence an excerpt is taken from.
 */
function sentences(
	words: readonly string[],
	anchors: PageText['anchors'],
): { start: number; end: number; skipped: boolean }[] {
	const starts = new Set<number>([0]);
	const skipped = new Set<number>();
	for (const anchor of anchors) {
		starts.add(anchor.location);
		if (/^h\d$/i.test(anchor.element)) {
			const length = anchor.text ? anchor.text.split(WORD_SEPARATORS).filter(Boolean).length : 0;
			skipped.add(anchor.location);
			starts.add(anchor.location + length);
		}
	}
	words.forEach((word, index) => {
		if (/[.!?:]["'”’)\]]*$/.test(word)) starts.add(index + 1);
	});
	const terms = anchors.find((anchor) => anchor.id === SEARCH_TERMS_ID)?.location;
	const termsEnd = Math.min(
		...anchors
			.map((anchor) => anchor.location)
			.filter((location) => terms !== undefined && location > terms),
		words.length,
	);
	const ordered = [...starts].filter((start) => start < words.length).sort((a, b) => a - b);
	return ordered.map((start, index) => ({
		start,
		end: ordered[index + 1] ?? words.length,
		skipped: skipped.has(start) || (terms !== undefined && start >= terms && start < termsEnd),
	}));
}

/** The excerpt of a page for the query whose words stand at `locations`. */
export function sentenceExcerpt({ content, locations, anchors }: PageText): Rich {
	const words = content.split(WORD_SEPARATORS);
	const marked = new Set(locations);
	const candidates = sentences(words, anchors).filter((sentence) => !sentence.skipped);
	const matchesIn = ({ start, end }: { start: number; end: number }) =>
		locations.filter((location) => location >= start && location < end).length;
	const best = candidates.reduce<(typeof candidates)[number] | undefined>(
		(chosen, sentence) => (!chosen || matchesIn(sentence) > matchesIn(chosen) ? sentence : chosen),
		undefined,
	);
	if (!best) return [];
	const firstMatch =
		locations
			.filter((location) => location >= best.start && location < best.end)
			.sort((a, b) => a - b)[0] ?? best.start;
	const start =
		best.end - best.start <= MAX_WORDS
			? best.start
			: Math.max(best.start, Math.min(firstMatch - LEAD, best.end - MAX_WORDS));
	const end = Math.min(best.end, start + MAX_WORDS);
	const parts: Rich = start > best.start ? [{ text: '… ' }] : [];
	for (let index = start; index < end; index++) {
		const space = index > start ? ' ' : '';
		if (marked.has(index)) {
			if (space) parts.push({ text: space });
			parts.push({ text: words[index]!, mark: true });
		} else {
			const last = parts.at(-1);
			if (last && !last.mark) last.text += space + words[index];
			else parts.push({ text: space + words[index] });
		}
	}
	if (end < best.end) parts.push({ text: ' …' });
	return parts;
}
