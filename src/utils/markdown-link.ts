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
