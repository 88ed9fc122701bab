/**
 * Copying for a ticket in the browser: the clipboard, written as text and as HTML, so that a
 * plain editor takes the text and a rich one (Zendesk, Outlook) a real link; the format a reader
 * chose, remembered; and, where the page may not write the clipboard (a site served over plain
 * HTTP, a browser that refuses), the text shown selected, for Ctrl+C.
 */
import { TICKET_FORMATS, type TicketFormat } from './packet';

const FORMAT_KEY = 'vdg-sense-ticket-format';

/** The format chosen last, on this site and in this browser; plain text at first. */
export function savedFormat(): TicketFormat {
	try {
		const saved = localStorage.getItem(FORMAT_KEY);
		return TICKET_FORMATS.find((format) => format === saved) ?? 'plain';
	} catch {
		return 'plain';
	}
}

export function saveFormat(format: TicketFormat): void {
	try {
		localStorage.setItem(FORMAT_KEY, format);
	} catch {
		// Storage off: the choice lasts for this page only.
	}
}

/** Writes the clipboard; false where the page may not. */
export async function writeClipboard(text: string, html?: string): Promise<boolean> {
	try {
		if (html && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
			await navigator.clipboard.write([
				new ClipboardItem({
					'text/plain': new Blob([text], { type: 'text/plain' }),
					'text/html': new Blob([html], { type: 'text/html' }),
				}),
			]);
		} else {
			await navigator.clipboard.writeText(text);
		}
		return true;
	} catch {
		return false;
	}
}

/** Shows `text` selected in a read-only field after `before`, for the reader to copy with Ctrl+C. */
export function showForCopying(before: Element, text: string, label: string): void {
	const field = document.createElement('textarea');
	field.readOnly = true;
	field.value = text;
	field.rows = Math.min(12, text.split('\n').length);
	field.className = 'copy-by-hand control';
	field.setAttribute('aria-label', label);
	const shownBefore = before.nextElementSibling;
	if (shownBefore?.classList.contains('copy-by-hand')) shownBefore.remove();
	before.after(field);
	field.focus();
	field.select();
}
