/** Markdown for tickets, chats and files for tools, from text that must stay text. */

/**
 * Text as Markdown text, kept verbatim where it can be: only what Markdown would read as markup
 * here is escaped (code, emphasis, HTML, a link's `](`), not "[1..64]" or ">5".
 */
export function markdownText(text: string): string {
	return text.replace(/[\\`*_<]/g, '\\$&').replace(/\]\(/g, ']\\(');
}

/** A Markdown link for tickets and chats: `[VDG Sense -18 General error](https://…/codes/-18/)`. */
export function markdownLink(text: string, url: string): string {
	const label = text.replace(/([\\[\]])/g, '\\$1');
	// encodeURIComponent leaves parentheses alone, and they would end the link early.
	const target = url.replace(
		/[()\s]/g,
		(character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
	);
	return `[${label}](${target})`;
}
