/**
 * The offline edition's engine (src/search/core/engine.ts), over the file's own words: where the
 * site has Pagefind, which needs a web server, the file indexes its articles (articles.ts) when it
 * opens. It finds a word as Pagefind does: in every form (Porter2 stems, as Pagefind's) and as the
 * start of a word still being typed, each page's score BM25's, its words' weights counted; where
 * each word stands is its place among the article's words, as Pagefind counts them, so that the
 * pipeline ranks and excerpts the file's pages as it does the site's. Pure: it runs in Node too.
 */
import type { EnginePage, SearchEngine } from '../../search/core/engine';
import type { WordHit } from '../../search/core/ranking';
import type { IndexedDocument } from './articles';
import { stem } from './stem';

/** BM25's saturation of a word's frequency and its normalisation by the length of a page, Pagefind's defaults. */
const K1 = 1.2;
const B = 0.75;

/** A query's word matches the start of a longer one only from this length on: "ca" would match too much. */
const MIN_PREFIX = 3;

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

export class FullTextIndex implements SearchEngine {
	readonly #documents: IndexedDocument[];
	/** Where each stem stands: a document's index, and the place of the word, one after the other. */
	readonly #postings = new Map<string, number[]>();
	readonly #averageLength: number;
	/** Each query word's hits, searched once. */
	readonly #hits = new Map<string, WordHit[]>();
	/** Each word's stem, by the word as written: most words of the file recur. */
	readonly #stems = new Map<string, string>();

	constructor(documents: IndexedDocument[]) {
		this.#documents = documents;
		documents.forEach((document, index) => this.#add(document, index));
		this.#averageLength =
			documents.reduce((total, document) => total + document.words.length, 0) /
			Math.max(1, documents.length);
	}

	#stem(word: string): string {
		let stemmed = this.#stems.get(word);
		if (stemmed === undefined) {
			stemmed = stem(word.toLowerCase().replace(/’/g, "'"));
			this.#stems.set(word, stemmed);
		}
		return stemmed;
	}

	#add(document: IndexedDocument, documentIndex: number): void {
		const post = (word: string, place: number) => {
			const stemmed = this.#stem(word);
			let postings = this.#postings.get(stemmed);
			if (!postings) this.#postings.set(stemmed, (postings = []));
			postings.push(documentIndex, place);
		};
		document.words.forEach((text, place) => {
			for (const [word] of text.matchAll(WORD)) {
				post(word, place);
				// "case-insensitive" is found as "insensitive" too; "-18" stays whole.
				if (/['’-]/.test(word.slice(1)))
					for (const [part] of word.matchAll(PART)) post(part, place);
			}
		});
	}

	find(word: string): Promise<readonly WordHit[]> {
		return Promise.resolve(this.#find(word));
	}

	#find(word: string): WordHit[] {
		const cached = this.#hits.get(word);
		if (cached) return cached;
		const queryStem = this.#stem(word);
		/** Per document: the weighted frequency of the word, and its places. */
		const found = new Map<number, { frequency: number; places: Set<number> }>();
		for (const [pageStem, postings] of this.#postings) {
			const match = similarity(queryStem, pageStem);
			if (match === 0) continue;
			for (let index = 0; index < postings.length; index += 2) {
				const document = postings[index]!;
				const place = postings[index + 1]!;
				const hit = found.get(document) ?? { frequency: 0, places: new Set() };
				hit.frequency += this.#documents[document]!.weights[place]! * match;
				hit.places.add(place);
				found.set(document, hit);
			}
		}
		const total = this.#documents.length;
		const idf = Math.log(1 + (total - found.size + 0.5) / (found.size + 0.5));
		const hits = [...found].map(([document, { frequency, places }]) => {
			const length = this.#documents[document]!.words.length / this.#averageLength;
			return {
				id: this.#documents[document]!.id,
				score: (idf * frequency * (K1 + 1)) / (frequency + K1 * (1 - B + B * length)),
				words: [...places].sort((a, b) => a - b),
			};
		});
		this.#hits.set(word, hits);
		return hits;
	}

	page(id: string): Promise<EnginePage> {
		const document = this.#documents.find((candidate) => candidate.id === id)!;
		return Promise.resolve({
			url: `#${id}`,
			title: document.title,
			content: document.words.join(' '),
			anchors: document.anchors,
		});
	}
}
