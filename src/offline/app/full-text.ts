/**
 * The offline edition's full-text search, over the file's own words: where the site has Pagefind,
 * which needs a web server, the file indexes its articles when it opens and answers each query at
 * once. It searches as the site does: each word of the query on its own (`queryWords`), every form
 * of it (stems, as Pagefind's), and the start of a word still being typed; pages are ranked by the
 * site's rules (`rankPages`), each word's score BM25's, as Pagefind's is. Pure: the script gives
 * it the articles' text.
 */
import type { PageHit } from '../../search/core/answer';
import type { Rich } from '../../utils/rich';
import { MAX_PAGES, queryWords, rankPages, type WordHit } from '../../search/core/ranking';
import { stem } from './stem';

/** An article as the index reads it: its id and its text, in parts of a weight each; the first part is its title. */
export interface IndexedDocument {
	id: string;
	segments: { text: string; weight: number }[];
}

/** A word of an article: its stem, its place among the article's words, and where it stands in its part. */
interface Token {
	stem: string;
	position: number;
	weight: number;
	segment: number;
	start: number;
	end: number;
}

/** BM25's saturation of a word's frequency and its normalisation by the length of a page, Pagefind's defaults. */
const K1 = 1.2;
const B = 0.75;

/** A query's word matches the start of a longer one only from this length on: "ca" would match too much. */
const MIN_PREFIX = 3;

/** An excerpt's length, in characters, and how much of it comes before the first word found. */
const EXCERPT_LENGTH = 180;
const EXCERPT_LEAD = 50;

/** Words as the site's search reads them: letters and digits, a leading "-" (codes), joined by ' or -. */
const WORD = /-?[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** The parts of a word joined by - ("case-insensitive"), which are found on their own too. */
const PART = /[\p{L}\p{N}]+/gu;

/**
 * How well a word of the page matches a word of the query: 1 for the same stem, less for a longer
 * word that starts with it, the less the longer; 0 for no match.
 */
function similarity(queryStem: string, pageStem: string): number {
	if (pageStem === queryStem) return 1;
	if (queryStem.length < MIN_PREFIX || !pageStem.startsWith(queryStem)) return 0;
	return (queryStem.length / pageStem.length) ** 2;
}

export class FullTextIndex {
	readonly #documents: IndexedDocument[];
	/** Each article's words, in order. */
	readonly #tokens: Token[][];
	/** Where each stem stands: pairs of a document's and a token's index, one after the other. */
	readonly #postings = new Map<string, number[]>();
	readonly #averageLength: number;
	/** Each query word's hits, searched once. */
	readonly #hits = new Map<string, WordHit[]>();
	/** Each word's stem, by the word as written: most words of the file recur. */
	readonly #stems = new Map<string, string>();

	/**
	 * The words of the weightier parts (titles, vendor messages, "Also searched as"), in lower case
	 * and in order: what a mistyped word is read as (src/search/typos.ts), as the site's vocabulary.
	 */
	readonly vocabulary: string[];

	constructor(documents: IndexedDocument[]) {
		this.#documents = documents;
		this.#tokens = documents.map((document, index) => this.#tokenize(document, index));
		this.#averageLength =
			this.#tokens.reduce((total, tokens) => total + tokens.length, 0) /
			Math.max(1, documents.length);
		const weighty = documents.flatMap((document) =>
			document.segments.filter((segment) => segment.weight > 1).map((segment) => segment.text),
		);
		this.vocabulary = [
			...new Set(
				weighty
					.join(' ')
					.toLowerCase()
					.match(/\p{L}[\p{L}\p{N}]{2,}/gu),
			),
		].sort();
	}

	/** True where some article has the word, in some form or as the start of a longer one. */
	has(word: string): boolean {
		return this.#search(word).length > 0;
	}

	#stem(word: string): string {
		let stemmed = this.#stems.get(word);
		if (stemmed === undefined) {
			stemmed = stem(word.toLowerCase().replace(/’/g, "'"));
			this.#stems.set(word, stemmed);
		}
		return stemmed;
	}

	#tokenize(document: IndexedDocument, documentIndex: number): Token[] {
		const tokens: Token[] = [];
		let position = 0;
		const add = (word: string, start: number, weight: number, segment: number) => {
			const token = {
				stem: this.#stem(word),
				position,
				weight,
				segment,
				start,
				end: start + word.length,
			};
			let postings = this.#postings.get(token.stem);
			if (!postings) this.#postings.set(token.stem, (postings = []));
			postings.push(documentIndex, tokens.length);
			tokens.push(token);
		};
		document.segments.forEach(({ text, weight }, segment) => {
			for (const match of text.matchAll(WORD)) {
				const word = match[0];
				add(word, match.index, weight, segment);
				// "case-insensitive" is found as "insensitive" too; "-18" stays whole.
				if (/['’-]/.test(word.slice(1))) {
					for (const part of word.matchAll(PART))
						add(part[0], match.index + part.index, weight, segment);
				}
				position += 1;
			}
		});
		return tokens;
	}

	/** The pages that hold a word of a query, with a score and where the word stands on each. */
	#search(word: string): WordHit[] {
		const cached = this.#hits.get(word);
		if (cached) return cached;
		const queryStem = this.#stem(word);
		/** Per document: the weighted frequency of the word, and its positions. */
		const found = new Map<number, { frequency: number; positions: number[] }>();
		for (const [pageStem, postings] of this.#postings) {
			const match = similarity(queryStem, pageStem);
			if (match === 0) continue;
			for (let index = 0; index < postings.length; index += 2) {
				const document = postings[index]!;
				const { weight, position } = this.#tokens[document]![postings[index + 1]!]!;
				const hit = found.get(document) ?? { frequency: 0, positions: [] };
				hit.frequency += weight * match;
				hit.positions.push(position);
				found.set(document, hit);
			}
		}
		const total = this.#documents.length;
		const idf = Math.log(1 + (total - found.size + 0.5) / (found.size + 0.5));
		const hits = [...found].map(([document, { frequency, positions }]) => {
			const length = this.#tokens[document]!.length / this.#averageLength;
			return {
				id: this.#documents[document]!.id,
				score: (idf * frequency * (K1 + 1)) / (frequency + K1 * (1 - B + B * length)),
				words: positions.sort((a, b) => a - b),
			};
		});
		this.#hits.set(word, hits);
		return hits;
	}

	/** The pages that answer a text, best first, as the site's search shows them: a title, and an excerpt with the words found marked. */
	search(text: string): PageHit[] {
		const words = queryWords(text);
		const ranked = rankPages(words.map((word) => this.#search(word))).slice(0, MAX_PAGES);
		const queryStems = words.map((word) => this.#stem(word));
		const byId = new Map(this.#documents.map((document, index) => [document.id, index]));
		return ranked.map(({ id }) => {
			const index = byId.get(id)!;
			return {
				url: `#${id}`,
				title: this.#documents[index]!.segments[0]?.text ?? id,
				excerpt: this.#excerpt(index, queryStems),
			};
		});
	}

	/**
	 * Text around the query's words in an article, the words marked: from the part (other than the
	 * title) that holds most of the words, the first part where none does.
	 */
	#excerpt(document: number, queryStems: string[]): Rich {
		const matching = this.#tokens[document]!.filter(
			(token) =>
				token.segment > 0 && queryStems.some((queryStem) => similarity(queryStem, token.stem) > 0),
		);
		const found = new Map<number, Set<string>>();
		for (const token of matching) {
			found.set(token.segment, (found.get(token.segment) ?? new Set()).add(token.stem));
		}
		const segment =
			[...found].sort(([a, aStems], [b, bStems]) => bStems.size - aStems.size || a - b)[0]?.[0] ??
			1;
		const text = this.#documents[document]!.segments[segment]?.text ?? '';
		const marks = matching.filter((token) => token.segment === segment);
		// From a word's start a little before the first word found, to a word's end.
		let start = Math.max(0, (marks[0]?.start ?? 0) - EXCERPT_LEAD);
		if (start > 0) start = text.indexOf(' ', start) + 1 || start;
		let end = Math.min(text.length, start + EXCERPT_LENGTH);
		if (end < text.length)
			end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
		const excerpt: Rich = [];
		let at = start;
		for (const mark of marks) {
			if (mark.start < at || mark.end > end) continue;
			excerpt.push(
				{ text: `${at === start && start > 0 ? '…' : ''}${text.slice(at, mark.start)}` },
				{ text: text.slice(mark.start, mark.end), mark: true },
			);
			at = mark.end;
		}
		excerpt.push({
			text: `${at === start && start > 0 ? '…' : ''}${text.slice(at, end)}${end < text.length ? '…' : ''}`,
		});
		return excerpt.filter((part) => part.text !== '');
	}
}
