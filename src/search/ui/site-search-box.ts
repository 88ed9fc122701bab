/**
 * `<search-box>`: the site's search field (src/components/SearchBox.astro), in the dialog, on the
 * home page and on the 404 page. Pagefind and the search data load on the first sign of intent
 * (client.ts); links lead to the site's pages. In the dialog, Escape closes it (a search field would
 * only clear itself); elsewhere it clears the field.
 */
import { codePath, commandPath, PATHS } from '../../urls';
import { prepareSearch, SITE_SEARCH } from './client';
import { SearchBox } from './search-box';

let lists: Intl.ListFormat | undefined;

/** "-22 and -23": made once, when first needed, since making one costs tens of milliseconds. */
function listFormat(): Intl.ListFormat {
	lists ??= new Intl.ListFormat(document.documentElement.lang || 'en', { type: 'conjunction' });
	return lists;
}

export class SiteSearchBox extends HTMLElement {
	#box: SearchBox | undefined;

	connectedCallback() {
		this.addEventListener('pointerenter', prepareSearch, { once: true });
		this.addEventListener('focusin', prepareSearch, { once: true });
		this.#box = new SearchBox(this, {
			source: SITE_SEARCH,
			context: (data) => ({
				code: codePath,
				command: commandPath,
				positiveValues: PATHS.positiveValues,
				results: PATHS.results,
				...(data?.tracker ? { tracker: data.tracker } : {}),
				list: (items) => listFormat().format(items),
			}),
			pageOf: (code) => new URL(codePath(code), window.location.href).href,
			onEscape: (box) => {
				const dialog = this.closest('dialog');
				if (dialog) dialog.close();
				else if (box.combobox.input.value !== '') box.run('');
				else return false;
				return true;
			},
		});
	}

	/** Runs a query as if it had been typed: for deep links and the 404 page. */
	run(text: string): void {
		this.#box?.run(text);
	}

	focusField(): void {
		this.#box?.focusField();
	}
}

customElements.define('search-box', SiteSearchBox);
