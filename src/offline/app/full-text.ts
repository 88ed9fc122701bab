/**
 * The offline edition's engine (src/search/core/engine.ts), over the file's own words: where the
 * site has Pagefind, which needs a web server, the file indexes its articles (articles.ts) when it
 * opens. It is Pagefind 1.6.0's indexing and scoring, ported (`pagefind/src/fossick` and
 * `pagefind_web/src/search.rs`), so that a word finds the same pages on both engines, scored alike,
 * its meta fields included (the title, the vendor's message and "Also searched as":
 * src/search/core/index-policy.ts): the pipeline then ranks and excerpts the file's pages as it
 * does the site's. Pure: it runs in Node too.
 */
import type { EnginePage, SearchEngine } from '../../search/core/engine';
import { fieldBoost } from '../../search/core/index-policy';
import { PAGEFIND_RANKING, type WordHit } from '../../search/core/ranking';
import type { IndexedDocument } from './articles';
import { stem } from './stem';

/** Pagefind's ranking defaults (`RankingWeights`), which the site keeps but for its meta weights. */
const TERM_SIMILARITY = 1;
const PAGE_LENGTH = 0.75;
const TERM_SATURATION = 1.4;
const DIACRITIC_SIMILARITY = 0.8;
/** Pagefind stores a weight in 24ths of a plain word's, in a byte, at most 10. */
const WEIGHT_UNIT = 24;

/** What Pagefind keeps of a word: letters, digits and the site's `includeCharacters` (connectors and "-"). */
const DROPPED = /[^\p{Alphabetic}\p{N}\p{Pc}-]/gu;
/** What Pagefind's script drops from a query: punctuation, but the "-" the site keeps. */
const QUERY_DROPPED = /[\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]|(?!-)\p{Pd}/gu;
/** Where Rust's convert_case splits a compound word: camelCase, acronyms, letters against digits. */
const CASE_BOUNDARY =
	/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=[\p{Ll}\p{Lu}])(?=\d)|(?<=\d)(?=[\p{Ll}\p{Lu}])/gu;

const withoutDiacritics = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
const bytes = (text: string) => new TextEncoder().encode(text).length;

/** A compound's parts as Pagefind splits them: at ASCII punctuation, then as Rust's convert_case does. */
const partsOf = (text: string) =>
	text
		.replace(/[!-/:-@[-`{-~]/g, ' ')
		.replace(CASE_BOUNDARY, ' ')
		.toLowerCase()
		.split(/\s+/)
		.filter(Boolean);

/**
 * The keys a word of the text is indexed under, with the weight each gets: the whole word, stemmed,
 * and the parts of a compound ("GenericEvent", "case-insensitive", "-18") sharing its weight, so
 * that "event", "insensitive" and "18" find it too; with Pagefind 1.6, also what follows each "."
 * ("tkhsecurity.com/…" of a URL).
 */
function indexKeys(raw: string, weight: number): [string, number][] {
	const whole = withoutDiacritics(raw.replace(DROPPED, '').toLowerCase());
	const keys: [string, number][] = whole ? [[stem(whole), weight]] : [];
	if (!/[^\p{Alphabetic}\p{N}]/u.test(raw) && !/\p{Uppercase}/u.test([...raw].slice(1).join('')))
		return keys;
	const split = partsOf(raw);
	if (!whole || (split.length <= 1 && whole.startsWith(split[0] ?? ''))) return keys;
	const parts = split.filter((part) => bytes(part) > 1);
	for (let dot = raw.indexOf('.'); dot >= 0; dot = raw.indexOf('.', dot + 1)) {
		const joined = partsOf(raw.slice(dot + 1)).join('');
		if (bytes(joined) > 1 && !parts.includes(joined)) parts.push(joined);
	}
	const share = weight > 0 ? Math.max(1, Math.floor(weight / parts.length)) : 0;
	return [
		...keys,
		...parts.map((part): [string, number] => [stem(withoutDiacritics(part)), share]),
	];
}

/** How much a word found for a query counts by how much longer or shorter than the query it is. */
function lengthBonus(key: string, term: string): number {
	const differential = Math.min(255, Math.abs(bytes(key) - bytes(term)) + 1);
	return Math.exp(Math.exp((-0.5 * differential ** 2) / 4) * TERM_SIMILARITY - TERM_SIMILARITY);
}

/** A key's occurrences on one page: each word's weight and place, and the boost of each meta field that holds it, by field. */
interface Posting {
	weights: number[];
	places: number[];
	fields: Map<number, number>;
}

export class FullTextIndex implements SearchEngine {
	readonly #documents: IndexedDocument[];
	/** Per key, per document's index, where it stands. */
	readonly #postings = new Map<string, Map<number, Posting>>();
	/** The keys in Pagefind's order (a BTreeMap's), which decides the first of two keys at one place. */
	readonly #keys: string[];
	readonly #averageLength: number;
	/** Each query word's hits, searched once. */
	readonly #hits = new Map<string, WordHit[]>();

	constructor(documents: IndexedDocument[]) {
		this.#documents = documents;
		documents.forEach((document, index) => this.#add(document, index));
		this.#keys = [...this.#postings.keys()].sort();
		this.#averageLength =
			documents.reduce((total, document) => total + document.words.length, 0) /
			Math.max(1, documents.length);
	}

	#posting(key: string, document: number): Posting {
		let postings = this.#postings.get(key);
		if (!postings) this.#postings.set(key, (postings = new Map()));
		let posting = postings.get(document);
		if (!posting)
			postings.set(document, (posting = { weights: [], places: [], fields: new Map() }));
		return posting;
	}

	#add({ words, weights, title, fields }: IndexedDocument, document: number): void {
		words.forEach((word, place) => {
			const weight = Math.min(255, Math.floor(Math.min(weights[place]!, 10) * WEIGHT_UNIT));
			for (const [key, keyWeight] of indexKeys(word, weight)) {
				const posting = this.#posting(key, document);
				posting.weights.push(keyWeight);
				posting.places.push(place);
			}
		});
		// Pagefind's meta fields, the title and the marked parts: each finds its page even where the
		// text does not hold the word.
		const meta = [
			{ text: title, boost: PAGEFIND_RANKING.metaWeights.title },
			...fields.map(({ text, weight }) => ({ text, boost: fieldBoost(weight) })),
		];
		meta.forEach(({ text, boost }, field) => {
			for (const word of text.split(/\s+/))
				for (const [key] of indexKeys(word, 0))
					this.#posting(key, document).fields.set(field, boost);
		});
	}

	find(word: string): Promise<readonly WordHit[]> {
		return Promise.resolve(this.#find(word));
	}

	#find(word: string): WordHit[] {
		const cached = this.#hits.get(word);
		if (cached) return cached;
		const original = word.toLowerCase().replace(QUERY_DROPPED, '');
		const term = stem(withoutDiacritics(original));
		let keys = original ? this.#keys.filter((key) => key.startsWith(term)) : [];
		// Where no word starts with the term, the longest word that the term starts with.
		if (keys.length === 0 && original) {
			const prefix = this.#keys
				.filter((key) => term.startsWith(key))
				.reduce((longest, key) => (key.length > longest.length ? key : longest), '');
			if (prefix) keys = [prefix];
		}
		/** Per document, every place a key was found at, in the keys' order. */
		const found = new Map<number, { key: string; weight: number; place: number }[]>();
		for (const key of keys)
			for (const [document, { weights, places }] of this.#postings.get(key)!) {
				const entries = found.get(document) ?? [];
				places.forEach((place, index) => entries.push({ key, weight: weights[index]!, place }));
				found.set(document, entries);
			}
		const total = this.#documents.length;
		const idf = Math.log(1 + (total - found.size + 0.5) / (found.size + 0.5));
		const hits = [...found].map(([document, entries]): WordHit => {
			// Two keys at one place ("generic" and "genericevent" in "GenericEvent") count once, as the
			// first. Pagefind's sort there is unstable, so on a page where that happens often its score can
			// differ from this one by a few per cent.
			entries.sort((a, b) => a.place - b.place);
			const weighted = new Map<string, number>();
			const places: number[] = [];
			for (const { key, weight, place } of entries) {
				if (places.at(-1) === place) continue;
				places.push(place);
				weighted.set(key, (weighted.get(key) ?? 0) + weight);
			}
			const length = this.#documents[document]!.words.length / this.#averageLength;
			let score = 0;
			for (const [key, weight] of weighted) {
				const frequency = (weight / WEIGHT_UNIT) * lengthBonus(key, term);
				const saturated =
					((TERM_SATURATION + 1) * frequency) /
					(TERM_SATURATION * (1 - PAGE_LENGTH + PAGE_LENGTH * length) + frequency);
				// Pagefind's bonus for diacritics as typed: it rewards any key that the query as typed starts, or that starts it.
				const typed = key.startsWith(original) || original.startsWith(key);
				score += idf * saturated * (typed ? 1 + DIACRITIC_SIMILARITY : 1);
			}
			// Pagefind 1.6.0 adds each meta field that holds the word once, by its weight, however many
			// keys match there (measured: its released code is newer than its published source).
			const boosts = new Map<number, number>();
			for (const key of keys)
				for (const [field, boost] of this.#postings.get(key)!.get(document)?.fields ?? [])
					boosts.set(field, boost);
			for (const boost of boosts.values()) score += boost * idf;
			return { id: this.#documents[document]!.id, score, words: places };
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
