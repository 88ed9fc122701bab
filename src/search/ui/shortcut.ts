/**
 * The keys that bring the search field up, on the site and in the offline edition alike: Ctrl+K
 * (⌘K on a Mac) from anywhere, `/` from anywhere but a place that takes typing.
 */
export type SearchShortcut = 'ctrl-k' | 'slash';

const isEditable = (target: EventTarget | null) =>
	target instanceof HTMLElement &&
	(target.isContentEditable || /^(?:INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

function searchShortcut(event: KeyboardEvent): SearchShortcut | undefined {
	if (event.altKey) return undefined;
	const modified = event.ctrlKey || event.metaKey;
	if (modified && event.key.toLowerCase() === 'k') return 'ctrl-k';
	if (!modified && event.key === '/' && !isEditable(event.target)) return 'slash';
	return undefined;
}

/** Calls `handler` in the keystroke itself, so that the field has focus before the next key arrives. */
export function onSearchShortcut(handler: (shortcut: SearchShortcut) => void): void {
	window.addEventListener('keydown', (event) => {
		const shortcut = searchShortcut(event);
		if (!shortcut) return;
		event.preventDefault();
		handler(shortcut);
	});
}
