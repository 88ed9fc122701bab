/**
 * Answering as someone types, on any surface: each edit is answered by the pipeline
 * (src/search/core/pipeline.ts), what the lookup says at once and full-text pages as the engine
 * gives them; only the latest text's answer is shown. The surface says where its engine and search
 * data come from: loaded on the first sign of intent on the site (client.ts), in the file offline.
 */
import type { SearchData } from '../../schemas/search-data';
import type { QueryAnswer } from '../core/answer';
import type { SearchEngine } from '../core/engine';
import { parseCodeQuery } from '../core/lookup';
import {
	findPages,
	lookupAnswer,
	NO_PAGES,
	wantsPages,
	withPages,
	type FoundPages,
	type LookupAnswer,
} from '../core/pipeline';

export interface SearchSource {
	engine(): Promise<SearchEngine>;
	/** Undefined where it cannot be loaded: lookup then stays silent. */
	data(): Promise<SearchData | undefined>;
	/**
	 * True to search full text in a task of its own, once the key that changed the text is handled:
	 * typing stays responsive while an engine works, and a text that keys queued meanwhile have
	 * replaced is not searched at all. An engine that answers at once needs no task.
	 */
	yieldToKeys: boolean;
}

/** Answers a text; `exactly` searches its words as typed, none read as another. */
export type Search = (text: string, options?: { exactly?: boolean }) => Promise<void>;

/** Resolves in a new task: after the browser has handled the events already queued, such as keys. */
function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => resolve();
		channel.port2.postMessage(undefined);
	});
}

/**
 * Returns a function that answers texts, calling `show` with what the lookup says as soon as the
 * search data is there, and again as full-text pages arrive. Nothing is shown for a text that a
 * newer one has replaced.
 */
export function createSearch(
	source: SearchSource,
	show: (answer: QueryAnswer, data: SearchData | undefined) => void,
): Search {
	let latest = 0;
	// One full-text search at a time: a text typed meanwhile waits for it, and of the texts that
	// waited only the latest is searched (the others are no longer current when their turn comes).
	let fullTextQueue: Promise<unknown> = Promise.resolve();
	return async (text, { exactly = false } = {}) => {
		const sequence = ++latest;
		const isCurrent = () => sequence === latest;
		const query = parseCodeQuery(text);
		const wanted = wantsPages(query);
		let answer: LookupAnswer | undefined;
		let data: SearchData | undefined;
		let found = NO_PAGES(!wanted);
		const update = () => {
			if (isCurrent() && answer) show(withPages(answer, query.fullText, found), data);
		};
		const onPages = (pages: FoundPages) => {
			found = pages;
			update();
		};
		const searching = wanted
			? (fullTextQueue = fullTextQueue.then(async () => {
					try {
						const [engine, loaded] = await Promise.all([source.engine(), source.data()]);
						if (source.yieldToKeys) await nextTask();
						if (!isCurrent()) return;
						await findPages(query.fullText, engine, loaded, { exactly, isCurrent, onPages });
					} catch {
						onPages({ ...found, done: true });
					}
				}))
			: undefined;
		data = await source.data();
		answer = lookupAnswer(text, query, data);
		update();
		await searching;
	};
}
