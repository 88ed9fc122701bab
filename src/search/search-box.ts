/**
 * `<search-box>`: a search field and its results as one ARIA combobox with a listbox: ↑/↓ move
 * through the options (Home/End to the first and last once you are in the list), Enter opens the
 * active option, Escape clears the field (in the dialog, it closes the dialog). The active option is
 * announced through `aria-activedescendant`, the answer through a status line.
 *
 * Markup: src/components/SearchBox.astro. Text from the index or the code map is inserted as text,
 * never as HTML.
 */
import { codePath, PATHS } from '../urls';
import {
	ANSWER_WORDS,
	buildAnswer,
	describeAnswer,
	type AnswerWords,
	type QueryAnswer,
	type SearchAnswer,
	type SearchOption,
} from './answer';
import { createSearch, prepareSearch } from './client';
import { optionElement } from './search-option';

const URLS = { code: codePath, positiveValues: PATHS.positiveValues };
/** Where the code map, which brings the answer's words, could not be loaded: pages are shown without words. */
const NO_WORDS = Object.fromEntries(ANSWER_WORDS.map((key) => [key, ''])) as AnswerWords;

export class SearchBox extends HTMLElement {
	#input!: HTMLInputElement;
	#listbox!: HTMLElement;
	#notices!: HTMLElement;
	#status!: HTMLElement;
	#options: HTMLAnchorElement[] = [];
	/** The option elements shown, by what they show: an answer that grows as pages arrive keeps them. */
	#optionElements = new Map<string, HTMLAnchorElement>();
	/** The answer to the field's text; undefined until it is shown (what is shown may answer an earlier text). */
	#answer: SearchAnswer | undefined;
	#active = -1;
	/** True once the user has moved through the list with the arrow keys. */
	#navigating = false;
	/** Enter was pressed before any option was there: open the first one when it comes. */
	#openWhenAnswered = false;
	#search = createSearch((answer, words) => this.#show(answer, words));

	connectedCallback() {
		this.#input = this.querySelector('input')!;
		this.#listbox = this.querySelector('[role="listbox"]')!;
		this.#notices = this.querySelector('.search-notices')!;
		this.#status = this.querySelector('[role="status"]')!;

		this.addEventListener('pointerenter', prepareSearch, { once: true });
		this.addEventListener('focusin', prepareSearch, { once: true });
		this.#input.addEventListener('input', () => this.#query());
		this.#input.addEventListener('keydown', (event) => this.#onKey(event));
		this.#input.addEventListener('paste', (event) => this.#onPaste(event));
		this.querySelector('form')?.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#openActive();
		});
	}

	/** Runs a query as if it had been typed: for deep links and the 404 page. */
	run(text: string): void {
		this.#input.value = text;
		this.#query();
	}

	focusField(): void {
		this.#input.focus();
		this.#input.select();
	}

	#query(): void {
		this.#navigating = false;
		this.#openWhenAnswered = false;
		const text = this.#input.value;
		if (text.trim() === '') {
			this.#show(undefined);
			return;
		}
		// Busy from the edit until the whole answer to it is shown.
		this.#answer = undefined;
		this.#listbox.setAttribute('aria-busy', 'true');
		void this.#search(text);
	}

	/** Shows an answer in `words`, the UI strings that came with the code map (none where it failed to load). */
	#show(result: QueryAnswer | undefined, words: AnswerWords = NO_WORDS): void {
		const previous = this.#options[this.#active]?.href;
		const answer = result && buildAnswer(result, URLS, words);
		this.#answer = answer;
		this.#notices.replaceChildren(
			...(answer?.notices ?? [])
				.filter(Boolean)
				.map((notice) => Object.assign(document.createElement('p'), { textContent: notice })),
		);
		this.#options = this.#optionsFor(answer?.options ?? []);
		this.#listbox.replaceChildren(...this.#options);
		this.#input.setAttribute('aria-expanded', String(this.#options.length > 0));
		if (answer?.pending) this.#listbox.setAttribute('aria-busy', 'true');
		else this.#listbox.removeAttribute('aria-busy');
		// Keep the option the user moved to; else the first, where it answers the query.
		const kept = this.#navigating
			? this.#options.findIndex((option) => option.href === previous)
			: -1;
		this.#activate(kept >= 0 ? kept : answer?.firstIsAnswer ? 0 : -1);
		if (answer && !answer.pending) this.#status.textContent = describeAnswer(answer, words);
		// Results arrive best first, so the first one to arrive is the one Enter asked for.
		if (this.#openWhenAnswered && answer?.firstIsAnswer) this.#openActive();
	}

	/** Elements for the options, reusing those already shown for the same option. */
	#optionsFor(options: SearchOption[]): HTMLAnchorElement[] {
		const shown = this.#optionElements;
		this.#optionElements = new Map();
		return options.map((option, index) => {
			const key = JSON.stringify([option.kind, option.href, option.title, option.detail]);
			const id = `${this.#input.id}-option-${index}`;
			const element = shown.get(key) ?? optionElement(option, id);
			element.id = id;
			element.setAttribute('aria-selected', 'false');
			this.#optionElements.set(key, element);
			return element;
		});
	}

	/** Makes option `index` the active one; `reveal` scrolls it into view (forcing a layout, so only when the user moves). */
	#activate(index: number, reveal = false): void {
		this.#options[this.#active]?.setAttribute('aria-selected', 'false');
		this.#active = index;
		const option = this.#options[index];
		if (option) {
			option.setAttribute('aria-selected', 'true');
			this.#input.setAttribute('aria-activedescendant', option.id);
			if (reveal) option.scrollIntoView({ block: 'nearest' });
		} else {
			this.#input.removeAttribute('aria-activedescendant');
		}
	}

	#openActive(): void {
		const option = this.#answer && this.#options[this.#active];
		if (option) {
			this.#openWhenAnswered = false;
			option.click();
		} else if (
			this.#input.value.trim() !== '' &&
			(this.#answer === undefined || this.#answer.pending)
		) {
			// Enter before the answer to the text: open its first option when it comes.
			this.#openWhenAnswered = true;
		}
	}

	#onKey(event: KeyboardEvent): void {
		if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
		const last = this.#options.length - 1;
		let next: number | undefined;
		switch (event.key) {
			case 'ArrowDown':
				next = Math.min(this.#active + 1, last);
				break;
			case 'ArrowUp':
				next = Math.max(this.#active - 1, 0);
				break;
			case 'Home':
			case 'End':
				// Before the user is in the list, Home and End move the caret in the field.
				if (this.#navigating) next = event.key === 'Home' ? 0 : last;
				break;
			case 'Enter':
				event.preventDefault();
				this.#openActive();
				return;
			case 'Escape': {
				// In the dialog, Escape closes it (a search field would only clear itself); elsewhere it clears the field.
				const dialog = this.closest('dialog');
				if (!dialog && this.#input.value === '') return;
				event.preventDefault();
				if (dialog) {
					dialog.close();
				} else {
					this.#input.value = '';
					this.#query();
				}
				return;
			}
		}
		if (next === undefined || last < 0) return;
		event.preventDefault();
		this.#navigating = true;
		this.#activate(next, true);
	}

	/** A pasted response or log keeps its line breaks as spaces, so that numbers on two lines do not run together. */
	#onPaste(event: ClipboardEvent): void {
		const text = event.clipboardData?.getData('text/plain');
		if (!text || !/[\r\n]/.test(text)) return;
		event.preventDefault();
		this.#input.setRangeText(
			text.replace(/\s*[\r\n]+\s*/g, ' '),
			this.#input.selectionStart ?? 0,
			this.#input.selectionEnd ?? 0,
			'end',
		);
		this.#query();
	}
}

customElements.define('search-box', SearchBox);
