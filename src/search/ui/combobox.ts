/**
 * The keyboard and the list of every search field, on the site and in the offline edition: one
 * ARIA combobox with a listbox. ↑/↓ move through the options (Home/End to the first and last once
 * you are in the list), Enter opens the active option (or, pressed before the answer came, its first
 * option when it comes), Escape does what the surface says (closes the dialog, or clears the field).
 * The active option is announced through `aria-activedescendant`. A pasted text's line breaks become
 * spaces, so that numbers on two lines do not run together.
 */

interface ComboboxBehaviour {
	/** The field's text changed, by typing or pasting. */
	onEdit(): void;
	/** Escape was pressed; true where it did something (and the key goes no further). */
	onEscape(): boolean;
	/** Whether the list is shown at all: the offline edition shows it only while its field has focus. */
	isShown?: () => boolean;
}

export class Combobox {
	#options: HTMLAnchorElement[] = [];
	#active = -1;
	/** True once the user has moved through the list with the arrow keys. */
	#navigating = false;
	/** True once an answer to the field's text is shown, and while more of it is to come. */
	#current = false;
	#pending = false;
	/** Enter was pressed before the answer: open its first option when it comes. */
	#openWhenAnswered = false;

	constructor(
		readonly input: HTMLInputElement,
		private readonly listbox: HTMLElement,
		private readonly behaviour: ComboboxBehaviour,
	) {
		input.addEventListener('input', () => behaviour.onEdit());
		input.addEventListener('keydown', (event) => this.#onKey(event));
		input.addEventListener('paste', (event) => this.#onPaste(event));
		input.form?.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#openActive();
		});
	}

	get options(): readonly HTMLAnchorElement[] {
		return this.#options;
	}

	/** A new text is being answered: the list is busy, and its position forgotten, until the answer shows. */
	answering(): void {
		this.#navigating = false;
		this.#openWhenAnswered = false;
		this.#current = false;
		this.listbox.setAttribute('aria-busy', 'true');
	}

	/**
	 * Shows the options of an answer, complete unless `pending`. The option the user moved to stays
	 * active; else the first, where it answers the query (`firstIsAnswer`).
	 */
	show(options: HTMLAnchorElement[], { firstIsAnswer = false, pending = false } = {}): void {
		const previous = this.#options[this.#active]?.href;
		this.#options = options;
		this.#active = -1;
		this.listbox.replaceChildren(...options);
		this.updateExpanded();
		if (pending) this.listbox.setAttribute('aria-busy', 'true');
		else this.listbox.removeAttribute('aria-busy');
		this.#current = true;
		this.#pending = pending;
		const kept = this.#navigating ? options.findIndex((option) => option.href === previous) : -1;
		this.#activate(kept >= 0 ? kept : firstIsAnswer ? 0 : -1);
		// Results arrive best first, so the first one to arrive is the one Enter asked for.
		if (this.#openWhenAnswered && firstIsAnswer) this.#openActive();
	}

	updateExpanded(): void {
		const shown = this.behaviour.isShown?.() ?? true;
		this.input.setAttribute('aria-expanded', String(shown && this.#options.length > 0));
	}

	/** Makes option `index` the active one; `reveal` scrolls it into view (forcing a layout, so only when the user moves). */
	#activate(index: number, reveal = false): void {
		this.#options[this.#active]?.setAttribute('aria-selected', 'false');
		this.#active = index;
		const option = this.#options[index];
		if (option) {
			option.setAttribute('aria-selected', 'true');
			this.input.setAttribute('aria-activedescendant', option.id);
			if (reveal) option.scrollIntoView({ block: 'nearest' });
		} else {
			this.input.removeAttribute('aria-activedescendant');
		}
	}

	#openActive(): void {
		const option = this.#current ? this.#options[this.#active] : undefined;
		if (option) {
			this.#openWhenAnswered = false;
			option.click();
		} else if (this.input.value.trim() !== '' && (!this.#current || this.#pending)) {
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
			case 'Escape':
				if (this.behaviour.onEscape()) event.preventDefault();
				return;
		}
		if (next === undefined || last < 0) return;
		event.preventDefault();
		this.#navigating = true;
		this.#activate(next, true);
	}

	#onPaste(event: ClipboardEvent): void {
		const text = event.clipboardData?.getData('text/plain');
		if (!text || !/[\r\n]/.test(text)) return;
		event.preventDefault();
		this.input.setRangeText(
			text.replace(/\s*[\r\n]+\s*/g, ' '),
			this.input.selectionStart ?? 0,
			this.input.selectionEnd ?? 0,
			'end',
		);
		this.behaviour.onEdit();
	}
}
