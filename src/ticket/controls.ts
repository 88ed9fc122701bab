/**
 * "Copy for ticket" under a search's answer, on the site and in the offline edition alike: a button
 * per thing the answer offers to copy (each code found, an undocumented code, or the reading of a
 * pasted request), the format to copy in (remembered), and a status line that says what was copied.
 * What is copied is the packet (packet.ts), with what was pasted and what search said of it.
 */
import { fillIn } from '../utils/fill-in';
import { savedFormat, saveFormat, showForCopying, writeClipboard } from './copy';
import {
	TICKET_FORMATS,
	targetPacket,
	type TicketFormat,
	type TicketTarget,
	type TicketWords,
} from './packet';

/** What a target's button says: "Copy -45 Database offline for ticket", or that it copies a request's reading. */
function buttonText(target: TicketTarget, words: TicketWords): string {
	if (target.kind === 'request') return words['ticket.copyReading']!;
	const code = target.kind === 'code' ? `${target.code.code} ${target.code.name}` : target.code;
	return fillIn(words['ticket.copyCode']!, { code });
}

/** What the status line says was copied: the code's number, or the request's command. */
const copiedName = (target: TicketTarget) =>
	target.kind === 'request'
		? target.command
		: target.kind === 'code'
			? target.code.code
			: target.code;

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

	/** A button per target; kept as they are while the targets stay the same, so that focus stays on a button. */
	show(targets: readonly TicketTarget[], words: TicketWords | undefined): void {
		const key = JSON.stringify(targets);
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
				button.textContent = buttonText(target, words);
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
		const { text, html } = targetPacket(target, this.pageOf, words, chosen);
		if (await writeClipboard(text, html)) {
			this.#status.textContent = fillIn(words['ticket.copied']!, {
				code: copiedName(target),
				format: words[`ticket.${chosen}`]!,
			});
		} else {
			this.#status.textContent = words['ticket.copyByHand']!;
			showForCopying(button.parentElement!, text, button.textContent ?? '');
		}
	}
}
