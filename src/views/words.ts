/**
 * The site's UI strings, as the views and components read them. They live in
 * src/content/i18n/en.json, Starlight's i18n collection (a language would add its own file), and are
 * read through Starlight's `t()` (`Astro.locals.t`, or `context.locals.t` in an endpoint).
 */
import type en from '../content/i18n/en.json';
import type { WordValues } from '../utils/fill-in';

export type WordKey = keyof typeof en;

/** A UI string by key, with `{{name}}` filled in from `values`. */
export type Words = (key: WordKey, values?: WordValues) => string;

/** Starlight's `t()` (i18next). */
type Translate = (key: WordKey, options?: Record<string, unknown>) => string;

/**
 * Starlight's `t()` as Words. Values go in as they are: i18next would escape HTML in them, and what
 * shows the text (Astro, a Markdown writer) escapes it once, for where it goes.
 */
export function wordsOf(t: Translate): Words {
	return (key, values) => t(key, { ...values, interpolation: { escapeValue: false } });
}

/** The templates of some keys, unfilled, for a script in the browser to fill in (src/utils/fill-in.ts). */
export function templatesOf<Key extends WordKey>(
	t: { all(): Record<string, unknown> },
	keys: readonly Key[],
): Record<Key, string> {
	const all = t.all();
	return Object.fromEntries(keys.map((key) => [key, String(all[key] ?? key)])) as Record<
		Key,
		string
	>;
}
