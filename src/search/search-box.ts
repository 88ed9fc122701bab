/**
 * `<search-box>`: a search field and its results as one ARIA combobox with a listbox: ↑/↓ move
 * through the options (Home/End to the first and last once you are in the list), Enter opens the
 * active option, Escape clears the field (in the dialog, it closes the dialog). The active option is
 * announced through `aria-activedescendant`, the answer through a status line. Below the list, each
 * code the answer found can be copied for a ticket, with what was pasted about it.
 *
 * Markup: src/components/SearchBox.astro. Text from the index, the search data or a paste is
 * inserted as text, never as HTML.
 */
import { savedFormat, saveFormat, showForCopying, writeClipboard } from '../ticket/copy';
import {
	TICKET_FORMATS,
	readingPacket,
	ticketCode,
	ticketPacket,
	type TicketFormat,
} from '../ticket/packet';
import { codePath, commandPath, PATHS } from '../urls';
import { fillIn } from '../utils/fill-in';
import type { Rich } from '../utils/rich';
import {
	ANSWER_WORDS,
	buildAnswer,
	describeAnswer,
	enterHint,
	type AnswerContext,
	type AnswerWords,
	type QueryAnswer,
	type SearchAnswer,
	type SearchOption,
	type TicketTarget,
} from './answer';
import { createSearch, prepareSearch } from './client';
import type { SearchData } from './search-data';
import { optionElement, richNodes } from './search-option';

/** Where the search data, which brings the answer's words, could not be loaded: pages are shown without words. */
const NO_WORDS = Object.fromEntries(ANSWER_WORDS.map((key) => [key, ''])) as AnswerWords;

let lists: Intl.ListFormat | undefined;

/** "-22 and -23": made once, when first needed, since making one costs tens of milliseconds. */
function listFormat(): Intl.ListFormat {
	lists ??= new Intl.ListFormat(document.documentElement.lang || 'en', { type: 'conjunction' });
	return lists;
}

/** Copying the codes of an answer for a ticket: a button per code, the format, and what happened. */
interface TicketControls {
	area: HTMLElement;
	buttons: HTMLElement;
	format: HTMLFieldSetElement;
	status: HTMLElement;
}

export class SearchBox extends HTMLElement {
	#input!: HTMLInputElement;
	#listbox!: HTMLElement;
	#notices!: HTMLElement;
	#status!: HTMLElement;
	/** The hint about Enter, and what it says until an answer has nothing for Enter to open. */
	#hint: HTMLElement | undefined;
	#hintText = '';
	/** The ticket controls, made when an answer first has a code to copy. */
	#tickets: TicketControls | undefined;
	#options: HTMLAnchorElement[] = [];
	/** The option elements shown, by what they show: an answer that grows as pages arrive keeps them. */
	#optionElements = new Map<string, HTMLAnchorElement>();
	/** The answer to the field's text; undefined until it is shown (what is shown may answer an earlier text). */
	#answer: SearchAnswer | undefined;
	/** The search data the answer shown came with. */
	#data: SearchData | undefined;
	#active = -1;
	/** True once the user has moved through the list with the arrow keys. */
	#navigating = false;
	/** Enter was pressed before any option was there: open the first one when it comes. */
	#openWhenAnswered = false;
	#search = createSearch((answer, data) => this.#show(answer, data));

	connectedCallback() {
		this.#input = this.querySelector('input')!;
		this.#listbox = this.querySelector('[role="listbox"]')!;
		this.#notices = this.querySelector('.search-notices')!;
		this.#status = this.querySelector('.search-status')!;
		this.#hint = this.querySelector<HTMLElement>('.search-hint .without-touch') ?? undefined;
		this.#hintText = this.#hint?.textContent ?? '';

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

	#query(options?: { exactly: boolean }): void {
		this.#navigating = false;
		this.#openWhenAnswered = false;
		const text = this.#input.value;
		if (text.trim() === '') {
			this.#show(undefined, this.#data);
			return;
		}
		// Busy from the edit until the whole answer to it is shown.
		this.#answer = undefined;
		this.#listbox.setAttribute('aria-busy', 'true');
		void this.#search(text, options);
	}

	/** Shows an answer, in the words that came with the search data (none where it failed to load). */
	#show(result: QueryAnswer | undefined, data: SearchData | undefined): void {
		this.#data = data;
		const words = (data?.words as AnswerWords | undefined) ?? NO_WORDS;
		const previous = this.#options[this.#active]?.href;
		const answer = result && buildAnswer(result, words, this.#context(data));
		this.#answer = answer;
		this.#notices.replaceChildren(
			...(answer?.notices ?? []).map((notice) =>
				this.#noticeElement(notice.parts, notice.searchInstead),
			),
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
		if (answer && !answer.pending)
			this.#status.textContent = describeAnswer(answer, words, {
				touch: matchMedia('(pointer: coarse)').matches,
			});
		this.#showTickets(answer?.tickets ?? []);
		// The hint says what Enter does with this answer.
		if (this.#hint) this.#hint.textContent = enterHint(answer, words) ?? this.#hintText;
		// Results arrive best first, so the first one to arrive is the one Enter asked for.
		if (this.#openWhenAnswered && answer?.firstIsAnswer) this.#openActive();
	}

	#context(data: SearchData | undefined): AnswerContext {
		return {
			code: codePath,
			command: commandPath,
			positiveValues: PATHS.positiveValues,
			results: PATHS.results,
			...(data?.tracker ? { tracker: data.tracker } : {}),
			list: (items) => listFormat().format(items),
		};
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
				this.#input.focus();
				this.#query({ exactly: true });
			});
			paragraph.append(' ', button);
		}
		return paragraph;
	}

	/**
	 * Below the list, a button per code the answer found, to copy it for a ticket, and the format
	 * to copy in; kept as they are while the codes stay the same, so that focus stays on a button.
	 */
	#showTickets(targets: TicketTarget[]): void {
		const words = this.#data?.words;
		const key = JSON.stringify(targets);
		if (
			!words ||
			(this.#tickets === undefined && targets.length === 0) ||
			this.#tickets?.area.dataset.shown === key
		)
			return;
		const tickets = (this.#tickets ??= this.#ticketControls(words));
		tickets.area.dataset.shown = key;
		tickets.area.hidden = targets.length === 0;
		tickets.status.textContent = '';
		tickets.buttons.replaceChildren(
			...targets.map((target) => {
				const button = document.createElement('button');
				button.type = 'button';
				button.className = 'control';
				button.textContent =
					target.kind === 'request'
						? words['ticket.copyReading']!
						: fillIn(words['ticket.copyCode']!, {
								code:
									target.kind === 'code' ? `${target.code.code} ${target.code.name}` : target.code,
							});
				button.addEventListener('click', () => void this.#copyTicket(target, button));
				return button;
			}),
		);
	}

	#ticketControls(words: Record<string, string>): TicketControls {
		const area = document.createElement('div');
		area.className = 'search-tickets';
		const buttons = document.createElement('div');
		buttons.className = 'ticket-buttons';
		buttons.setAttribute('role', 'group');
		buttons.setAttribute('aria-label', words['ticket.copy']!);
		// Radio buttons rather than a select: the options of a select would mix with the listbox's.
		const format = document.createElement('fieldset');
		format.className = 'ticket-format';
		const legend = document.createElement('legend');
		legend.textContent = words['ticket.format']!;
		const saved = savedFormat();
		format.append(
			legend,
			...TICKET_FORMATS.map((value) => {
				const label = document.createElement('label');
				const radio = Object.assign(document.createElement('input'), {
					type: 'radio',
					name: `${this.#input.id}-ticket-format`,
					value,
					checked: value === saved,
				});
				radio.addEventListener('change', () => saveFormat(value));
				label.append(radio, ` ${words[`ticket.${value}`]}`);
				return label;
			}),
		);
		const status = document.createElement('p');
		status.className = 'ticket-status';
		status.setAttribute('role', 'status');
		area.append(buttons, format, status);
		this.querySelector('form')!.append(area);
		return { area, buttons, format, status };
	}

	async #copyTicket(target: TicketTarget, button: HTMLButtonElement): Promise<void> {
		const words = this.#data!.words;
		const { format, status } = this.#tickets!;
		const chosen = (format.querySelector<HTMLInputElement>('input:checked')?.value ??
			'plain') as TicketFormat;
		const { text, html } = this.#packet(target, chosen);
		if (await writeClipboard(text, html)) {
			status.textContent = fillIn(words['ticket.copied']!, {
				code:
					target.kind === 'request'
						? target.command
						: target.kind === 'code'
							? target.code.code
							: target.code,
				format: words[`ticket.${chosen}`]!,
			});
		} else {
			status.textContent = words['ticket.copyByHand']!;
			showForCopying(button.parentElement!, text, button.textContent ?? '');
		}
	}

	/** The packet of a ticket target, in `format`. */
	#packet(target: TicketTarget, format: TicketFormat): { text: string; html: string } {
		const words = this.#data!.words;
		if (target.kind === 'undocumented')
			return readingPacket({ undocumented: target.code }, target.evidence, words, format);
		if (target.kind === 'request')
			return readingPacket({ command: target.command }, target.evidence, words, format);
		const code = this.#data!.codes.find((entry) => entry.code === target.code.code)!;
		const url = new URL(codePath(code.code), window.location.href).href;
		return ticketPacket(ticketCode(code, words, url), target.evidence, words, format);
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
