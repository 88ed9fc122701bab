/** Text as HTML text or a double-quoted attribute value: nothing in it is markup. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
