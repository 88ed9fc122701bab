/**
 * The offline edition's search field and its answer, as the site's search box (src/search/
 * search-box.ts) behaves: one ARIA combobox with a listbox, ↑/↓ through the options (Home/End once
 * in the list), Enter opens the active one, Escape clears the field, a status line announces the
 * answer. Everything the file needs is in it, so each edit is answered at once, whole. The field
 * has focus from the moment it is read (edition.ts); the answer shows while it has (edition.css);
 * an option leads to an article, which takes the focus, and `/` or Ctrl+K bring it back.
 */
import { describeAnswer, type AnswerWords, type SearchAnswer } from '../core/answer';
import { optionElement, richNodes } from './search-option';
import { searchShortcut } from './shortcut';

export interface SearchElements {
	field: HTMLInputElement;
	listbox: HTMLElement;
	notices: HTMLElement;
	status: HTMLElement;
}

/** Moves the focus to where an in-file link leads: an article's heading, or the element itself. */
function focusTarget(hash: string): void {
	const target = document.getElementById(decodeURIComponent(hash.slice(1)));
	const focusable = target?.matches('article') ? target.querySelector('h3') : target;
	if (!focusable) return;
	if (!focusable.hasAttribute('tabindex')) focusable.tabIndex = -1;
	focusable.focus({ preventScroll: true });
}

export function attachSearch(
	{ field, listbox, notices, status }: SearchElements,
	answerTo: (text: string, options: { exactly: boolean }) => SearchAnswer,
	words: AnswerWords,
): void {
	let options: HTMLAnchorElement[] = [];
	let answer: SearchAnswer | undefined;
	let active = -1;
	/** True once the user has moved through the list with the arrow keys. */
	let navigating = false;

	const activate = (index: number, reveal = false) => {
		options[active]?.setAttribute('aria-selected', 'false');
		active = index;
		const option = options[index];
		if (option) {
			option.setAttribute('aria-selected', 'true');
			field.setAttribute('aria-activedescendant', option.id);
			if (reveal) option.scrollIntoView({ block: 'nearest' });
		} else {
			field.removeAttribute('aria-activedescendant');
		}
	};

	const expanded = () =>
		field.setAttribute(
			'aria-expanded',
			String(options.length > 0 && document.activeElement === field),
		);

	/** Answers the field's text; `exactly`, its words as typed, none read as another. */
	const query = (exactly = false) => {
		navigating = false;
		const text = field.value;
		answer = text.trim() === '' ? undefined : answerTo(text, { exactly });
		notices.replaceChildren(
			...(answer?.notices ?? []).map((notice) => {
				const paragraph = document.createElement('p');
				paragraph.append(...richNodes(notice.parts, true));
				if (notice.searchInstead) {
					const button = document.createElement('button');
					button.type = 'button';
					button.textContent = notice.searchInstead;
					button.addEventListener('click', () => {
						field.focus();
						query(true);
					});
					paragraph.append(' ', button);
				}
				return paragraph;
			}),
		);
		options = (answer?.options ?? []).map((option, index) =>
			optionElement(option, `${field.id}-option-${index}`),
		);
		listbox.replaceChildren(...options);
		active = -1;
		activate(answer?.firstIsAnswer ? 0 : -1);
		expanded();
		status.textContent = answer ? describeAnswer(answer, words) : '';
	};

	field.addEventListener('input', () => query());
	field.addEventListener('focus', expanded);
	field.addEventListener('blur', expanded);
	field.addEventListener('keydown', (event) => {
		if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
		const last = options.length - 1;
		let next: number | undefined;
		switch (event.key) {
			case 'ArrowDown':
				next = Math.min(active + 1, last);
				break;
			case 'ArrowUp':
				next = Math.max(active - 1, 0);
				break;
			case 'Home':
			case 'End':
				// Before the user is in the list, Home and End move the caret in the field.
				if (navigating) next = event.key === 'Home' ? 0 : last;
				break;
			case 'Enter':
				event.preventDefault();
				options[active]?.click();
				return;
			case 'Escape':
				if (field.value === '') return;
				event.preventDefault();
				field.value = '';
				query();
				return;
		}
		if (next === undefined || last < 0) return;
		event.preventDefault();
		navigating = true;
		activate(next, true);
	});
	// A pasted response or log keeps its line breaks as spaces, so that numbers on two lines do not run together.
	field.addEventListener('paste', (event) => {
		const text = event.clipboardData?.getData('text/plain');
		if (!text || !/[\r\n]/.test(text)) return;
		event.preventDefault();
		field.setRangeText(
			text.replace(/\s*[\r\n]+\s*/g, ' '),
			field.selectionStart ?? 0,
			field.selectionEnd ?? 0,
			'end',
		);
		query();
	});
	// A press on an option keeps the focus in the field, which would hide the answer before the click.
	listbox.addEventListener('pointerdown', (event) => event.preventDefault());

	// Any link within the file, an option included, moves the focus to where it leads.
	document.addEventListener('click', (event) => {
		const link = event.target instanceof Element ? event.target.closest('a') : null;
		if (link?.getAttribute('href')?.startsWith('#')) setTimeout(() => focusTarget(link.hash));
	});
	// `/` from anywhere but a field, or Ctrl+K from anywhere, comes back to the field.
	window.addEventListener('keydown', (event) => {
		if (!searchShortcut(event)) return;
		event.preventDefault();
		field.focus();
		field.select();
	});
	// What was typed while the file was still being read.
	if (field.value !== '') query();
}
