/**
 * The file's articles as its index reads them, the way Pagefind reads a page of the site
 * (Pagefind's `fossick/parser.rs`): the text of an article but what is marked left out, each block
 * (a heading, a paragraph, a list item …) a sentence of its own, ended with a full stop where it
 * has none; a heading's words weighing as its level says, marked text as its mark says; its
 * title and marked parts, which Pagefind keeps as meta fields; and where each element with an id
 * starts. So the file's excerpts and ranking have the same text to work on as the site's. It reads
 * the browser's DOM in the file, and the edition's tree at build time.
 */
import type { PageText } from '../../search/core/excerpt';
import { FILE_INDEX } from '../markup';

/** How a tree is read: the browser's DOM, or hast. */
export interface TreeReader<Node> {
	children(node: Node): Iterable<Node>;
	/** A text node's text; undefined for any other node. */
	text(node: Node): string | undefined;
	/** An element's tag name, in lower case; undefined for any other node. */
	tag(node: Node): string | undefined;
	attribute(node: Node, name: string): string | undefined;
}

/** An article as the index holds it. */
export interface IndexedDocument {
	id: string;
	title: string;
	/** Its text's words, as split at white space, and the weight of each. */
	words: string[];
	weights: number[];
	/** Its marked parts, each a meta field besides the title (src/search/core/index-policy.ts): their words, and their weight. */
	fields: { text: string; weight: number }[];
	anchors: PageText['anchors'];
}

/** Blocks: each is a sentence of its own. */
const BLOCKS = new Set([
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'p',
	'td',
	'div',
	'ul',
	'li',
	'article',
	'section',
]);
/** Elements whose text belongs to the anchor of the element around them. */
const INLINE = new Set([
	'a',
	'abbr',
	'b',
	'br',
	'button',
	'cite',
	'code',
	'em',
	'i',
	'kbd',
	'q',
	'small',
	'span',
	'strong',
	'sub',
	'sup',
	'time',
	'var',
]);
/** A sentence that ends in one of these gets a full stop. */
const SENTENCE_END = /[\w'")$*]$/u;
const HEADING_WEIGHTS: Record<string, number> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 };

type Piece =
	| { text: string; weight?: number; field?: number }
	| { anchor: string; element: string; text: string };

/** The last character of pieces' text; an anchor stands for white space, as Pagefind's marker does. */
function lastCharacter(pieces: readonly Piece[]): string {
	for (let index = pieces.length - 1; index >= 0; index--) {
		const piece = pieces[index]!;
		if ('anchor' in piece) return ' ';
		if (piece.text !== '') return piece.text.at(-1)!;
	}
	return '';
}

/** An element's heading weight in the file: its level raised by the file's shift (an article's h3 is a page's h1). */
function headingWeight(tag: string): number | undefined {
	const level = /^h(\d)$/.exec(tag)?.[1];
	return level === undefined
		? undefined
		: HEADING_WEIGHTS[`h${Number(level) - FILE_INDEX.headingShift}`];
}

export function readArticle<Node>(article: Node, tree: TreeReader<Node>): IndexedDocument {
	/** The text of an element and of the inline elements in it: an anchor's text. */
	const inlineText = (node: Node): string =>
		[...tree.children(node)]
			.map((child) => {
				const tag = tree.tag(child);
				return tree.text(child) ?? (tag && INLINE.has(tag) ? inlineText(child) : '');
			})
			.join('');
	const articleId = tree.attribute(article, 'id') ?? '';
	let title: string | undefined;
	const fieldWeights: number[] = [];
	const read = (node: Node): Piece[] => {
		const text = tree.text(node);
		if (text !== undefined) return [{ text }];
		const tag = tree.tag(node);
		if (!tag || tree.attribute(node, FILE_INDEX.leftOut) !== undefined) return [];
		const pieces = [...tree.children(node)].flatMap(read);
		if (BLOCKS.has(tag)) {
			pieces.unshift({ text: ' ' });
			if (SENTENCE_END.test(lastCharacter(pieces))) pieces.push({ text: '.' });
			pieces.push({ text: ' ' });
		}
		const marked = tree.attribute(node, FILE_INDEX.weight);
		const weight = marked !== undefined ? Number(marked) || 1 : headingWeight(tag);
		// The article's title, as Pagefind takes a page's from its h1.
		if (title === undefined && headingWeight(tag) === HEADING_WEIGHTS.h1)
			title = inlineText(node).replace(/\s+/g, ' ').trim();
		// A marked part is a meta field of its own, as on the site (src/search/core/index-policy.ts).
		const field = marked !== undefined ? fieldWeights.push(weight!) - 1 : undefined;
		const weighed =
			weight === undefined
				? pieces
				: [
						{ text: ' ' },
						...pieces.map((piece) =>
							'anchor' in piece || piece.weight ? piece : { ...piece, weight, field },
						),
						{ text: ' ' },
					];
		// Where an element with an id starts; the title's and sections' headings are such elements on
		// the site's pages, though not in the file. An id within an article is the article's own
		// (`code--18-search-terms`), the page's id on the site (`search-terms`).
		const id =
			node === article ? undefined : tree.attribute(node, 'id')?.replace(`${articleId}-`, '');
		return id === undefined && (headingWeight(tag) ?? 0) < HEADING_WEIGHTS.h2!
			? weighed
			: [{ anchor: id ?? '', element: tag, text: inlineText(node) }, ...weighed];
	};

	const pieces = read(article);
	const words: string[] = [];
	const weights: number[] = [];
	const fieldWords = fieldWeights.map((): string[] => []);
	const anchors: IndexedDocument['anchors'][number][] = [];
	let word = '';
	let wordWeight = 1;
	let wordField = -1;
	const endWord = () => {
		if (word === '') return;
		words.push(word);
		weights.push(wordWeight);
		fieldWords[wordField]?.push(word);
		word = '';
	};
	for (const piece of pieces) {
		if ('anchor' in piece) {
			endWord();
			anchors.push({
				element: piece.element,
				id: piece.anchor,
				location: words.length,
				text: piece.text,
			});
			continue;
		}
		for (const part of piece.text.split(/(\s+)/)) {
			if (/^\s*$/.test(part)) {
				if (part !== '') endWord();
				continue;
			}
			if (word === '') {
				wordWeight = piece.weight ?? 1;
				wordField = piece.field ?? -1;
			}
			word += part;
		}
	}
	endWord();
	const fields = fieldWeights.map((weight, field) => ({
		text: fieldWords[field]!.join(' '),
		weight,
	}));
	return { id: articleId, title: title ?? articleId, words, weights, fields, anchors };
}
