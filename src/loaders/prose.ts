import { proseHtml } from '../lib/prose';
import { loadReference } from './load-reference';

/** Renders prose fields as HTML for the page at `here` (src/lib/prose.ts): `<p set:html={prose(text)} />`. */
export async function proseFor(here: string): Promise<(text: string) => string> {
	const { proseLinks } = await loadReference();
	return (text) => proseHtml(text, proseLinks, here);
}
