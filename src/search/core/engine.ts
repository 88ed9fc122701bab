/**
 * What search asks of an engine: the pages a word is on, and the indexed text of a page. Pagefind is
 * the site's engine (pagefind.ts); the offline edition's is the file's own index
 * (src/offline/app/full-text.ts). Engines only find: which words are searched, how pages rank, their
 * excerpts and everything else a reader sees are decided once, above them (pipeline.ts).
 */
import type { PageText } from './excerpt';
import type { WordHit } from './ranking';

/** A page as an engine holds it: where it leads, its title, its indexed text and the elements with ids in it. */
export interface EnginePage extends Omit<PageText, 'locations'> {
	url: string;
	title: string;
}

export interface SearchEngine {
	/**
	 * The pages that hold a word, in any of its forms or as the start of a longer word: each with a
	 * score and the word's positions among the page's words (its content split at white space).
	 */
	find(word: string): Promise<readonly WordHit[]>;
	/** A page that `find` returned, by its id. */
	page(id: string): Promise<EnginePage>;
}
