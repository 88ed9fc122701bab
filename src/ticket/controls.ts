/**
 * "Copy for ticket" under a search's answer, on the site and in the offline edition alike: a button
 * per code the answer found, the format to copy in (remembered), and a status line that says what
 * was copied. What is copied is the packet (packet.ts), with what was pasted about the code.
 */
import { fillIn } from '../utils/fill-in';
import { savedFormat, saveFormat, showForCopying, writeClipboard } from './copy';
import {
	TICKET_FORMATS,
	ticketPacket,
	type TicketFormat,
	type TicketTarget,
	type TicketWords,
} from './packet';

export class TicketControls {
	#area: HTMLElement | undefined;
	#buttons!: HTMLElement;
	#format!: HTMLFieldSetElement;
	#status!: HTMLElement;

	/**
	 * `after`: the element the controls follow, made when an answer first has a code to copy (the
	 * answer's list); `name`: what their radio buttons are named by; `pageOf`: the address of a
	 * code's page.
	 */
	constructor(
		private readonly after: Element,
		private readonly name: string,
		private readonly pageOf: (code: number) => string,
	) {}

	/** A button per code; kept as they are while the codes stay the same, so that focus stays on a button. */
	show(targets: readonly TicketTarget[], words: TicketWords | undefined): void {
		const key = JSON.stringify(targets.map((target) => [target.code.code, target.evidence]));
		if (
			!words ||
			(this.#area === undefined && targets.length === 0) ||
			this.#area?.dataset.shown === key
		)
			return;
		const area = (this.#area ??= this.#make(words));
		area.dataset.shown = key;
		area.hidden = targets.length === 0;
		this.#status.textContent = '';
		this.#buttons.replaceChildren(
			...targets.map((target) => {
				const button = document.createElement('button');
				button.type = 'button';
				button.className = 'control';
				button.textContent = fillIn(words['ticket.copyCode']!, {
					code: `${target.code.code} ${target.code.name}`,
				});
				button.addEventListener('click', () => void this.#copy(target, button, words));
				return button;
			}),
		);
	}

	#make(words: TicketWords): HTMLElement {
		const area = document.createElement('div');
		area.className = 'search-tickets';
		this.#buttons = document.createElement('div');
		this.#buttons.className = 'ticket-buttons';
		this.#buttons.setAttribute('role', 'group');
		this.#buttons.setAttribute('aria-label', words['ticket.copy']!);
		// Radio buttons rather than a select: the options of a select would mix with the listbox's.
		this.#format = document.createElement('fieldset');
		this.#format.className = 'ticket-format';
		const legend = document.createElement('legend');
		legend.textContent = words['ticket.format']!;
		const saved = savedFormat();
		this.#format.append(
			legend,
			...TICKET_FORMATS.map((value) => {
				const label = document.createElement('label');
				const radio = Object.assign(document.createElement('input'), {
					type: 'radio',
					name: `${this.name}-ticket-format`,
					value,
					checked: value === saved,
				});
				radio.addEventListener('change', () => saveFormat(value));
				label.append(radio, ` ${words[`ticket.${value}`]}`);
				return label;
			}),
		);
		this.#status = document.createElement('p');
		this.#status.className = 'ticket-status';
		this.#status.setAttribute('role', 'status');
		area.append(this.#buttons, this.#format, this.#status);
		this.after.after(area);
		return area;
	}

	async #copy(target: TicketTarget, button: HTMLButtonElement, words: TicketWords): Promise<void> {
		const chosen = (this.#format.querySelector<HTMLInputElement>('input:checked')?.value ??
			'plain') as TicketFormat;
		const { text, html } = ticketPacket(
			target.code,
			this.pageOf(target.code.code),
			target.evidence,
			words,
			chosen,
		);
		if (await writeClipboard(text, html)) {
			this.#status.textContent = fillIn(words['ticket.copied']!, {
				code: target.code.code,
				format: words[`ticket.${chosen}`]!,
			});
		} else {
			this.#status.textContent = words['ticket.copyByHand']!;
			showForCopying(button.parentElement!, text, button.textContent ?? '');
		}
	}
}
