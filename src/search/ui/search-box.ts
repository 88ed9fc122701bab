/**
 * A search field and its answer, the same on every surface (the site's dialog, its home and 404
 * pages, the offline edition): the text answered by the pipeline as it is typed (search.ts), the
 * answer's notices, its one list of options in the combobox (combobox.ts), a hint that says what
 * Enter does with it, a status line that announces it, and, below the list, what the answer offers
 * to copy for a ticket (src/ticket/controls.ts). Text from an index, the search data or a paste is
 * inserted as text, never as HTML.
 *
 * Markup: the form of src/components/SearchBox.astro, which the offline edition writes too.
 */
import type { SearchData } from '../../schemas/search-data';
import { TicketControls } from '../../ticket/controls';
import type { Rich } from '../../utils/rich';
import {
	ANSWER_WORDS,
	buildAnswer,
	describeAnswer,
	enterHint,
	type AnswerContext,
	type AnswerWords,
	type QueryAnswer,
	type SearchOption,
} from '../core/answer';
import { Combobox } from './combobox';
import { createSearch, type Search, type SearchSource } from './search';
import { optionElement, richNodes } from './search-option';

/** Where the search data, which brings the answer's words, could not be loaded: pages are shown without words. */
const NO_WORDS = Object.fromEntries(ANSWER_WORDS.map((key) => [key, ''])) as AnswerWords;

export interface SearchSurface {
	/** Where the engine and the search data come from. */
	source: SearchSource;
	/** Where the answer's links lead, with the search data's tracker. */
	context(data: SearchData | undefined): AnswerContext;
	/** The address of a code's page, for a ticket. */
	pageOf(code: number): string;
	/** Escape: true where it did something. */
	onEscape(box: SearchBox): boolean;
	/** Whether the list shows at all (the offline edition's only while its field has focus). */
	isShown?: () => boolean;
}

export class SearchBox {
	readonly combobox: Combobox;
	#notices: HTMLElement;
	#status: HTMLElement;
	/** The hint about Enter (`.enter-hint`), and what it says until an answer has nothing for Enter to open. */
	#hint: HTMLElement | null;
	#hintText: string;
	#tickets: TicketControls;
	/** The option elements shown, by what they show: an answer that grows as pages arrive keeps them. */
	#optionElements = new Map<string, HTMLAnchorElement>();
	#search: Search;
	/** The search data the answer shown came with. */
	#data: SearchData | undefined;

	constructor(
		root: HTMLElement,
		private readonly surface: SearchSurface,
	) {
		const input = root.querySelector('input')!;
		const listbox = root.querySelector<HTMLElement>('[role="listbox"]')!;
		this.combobox = new Combobox(input, listbox, {
			onEdit: () => this.#query(),
			onEscape: () => surface.onEscape(this),
			...(surface.isShown ? { isShown: surface.isShown } : {}),
		});
		this.#notices = root.querySelector('.search-notices')!;
		this.#status = root.querySelector('.search-status')!;
		this.#hint = root.querySelector<HTMLElement>('.enter-hint');
		this.#hintText = this.#hint?.textContent ?? '';
		this.#tickets = new TicketControls(listbox, input.id, surface.pageOf);
		this.#search = createSearch(surface.source, (answer, data) => this.#show(answer, data));
	}

	/** Runs a query as if it had been typed: for deep links, the 404 page and a cleared field. */
	run(text: string): void {
		this.combobox.input.value = text;
		this.#query();
	}

	focusField(): void {
		this.combobox.input.focus();
		this.combobox.input.select();
	}

	#query(options?: { exactly: boolean }): void {
		const text = this.combobox.input.value;
		if (text.trim() === '') {
			this.#show(undefined, this.#data);
			return;
		}
		this.combobox.answering();
		void this.#search(text, options);
	}

	/** Shows an answer, in the words that came with the search data (none where it failed to load). */
	#show(result: QueryAnswer | undefined, data: SearchData | undefined): void {
		this.#data = data;
		const words = (data?.words as AnswerWords | undefined) ?? NO_WORDS;
		const answer = result && buildAnswer(result, words, this.surface.context(data));
		this.#notices.replaceChildren(
			...(answer?.notices ?? []).map((notice) =>
				this.#noticeElement(notice.parts, notice.searchInstead),
			),
		);
		this.combobox.show(this.#optionsFor(answer?.options ?? []), answer);
		if (answer && !answer.pending)
			this.#status.textContent = describeAnswer(answer, words, {
				touch: matchMedia('(pointer: coarse)').matches,
			});
		this.#tickets.show(answer?.tickets ?? [], data?.words);
		if (this.#hint) this.#hint.textContent = enterHint(answer, words) || this.#hintText;
	}

	#noticeElement(parts: Rich, searchInstead: string | undefined): HTMLElement {
		const paragraph = document.createElement('p');
		paragraph.append(...richNodes(parts, true));
		if (searchInstead) {
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'search-instead';
			button.textContent = searchInstead;
			button.addEventListener('click', () => {
				this.combobox.input.focus();
				this.#query({ exactly: true });
			});
			paragraph.append(' ', button);
		}
		return paragraph;
	}

	/** Elements for the options, reusing those already shown for the same option. */
	#optionsFor(options: SearchOption[]): HTMLAnchorElement[] {
		const shown = this.#optionElements;
		this.#optionElements = new Map();
		return options.map((option, index) => {
			const key = JSON.stringify([option.kind, option.href, option.title, option.detail]);
			const id = `${this.combobox.input.id}-option-${index}`;
			const element = shown.get(key) ?? optionElement(option, id);
			element.id = id;
			element.setAttribute('aria-selected', 'false');
			this.#optionElements.set(key, element);
			return element;
		});
	}
}
