/**
 * Text as HTML or XML text, or a double-quoted attribute value: nothing in it is markup. The one
 * escaping of text written into markup by hand (a ticket's HTML, the alias pages, the result
 * document, OpenSearch, the C# constants' comments); the offline edition's serializer escapes its own.
 */
export function escapeMarkup(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}
