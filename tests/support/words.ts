/**
 * The site's UI strings (src/content/i18n/en.json) for unit tests, filled in as Starlight's `t()`
 * fills them in the build: what a view or an answer says, without a build.
 */
import en from '../../src/content/i18n/en.json';
import { fillIn } from '../../src/utils/fill-in';
import type { WordKey, Words } from '../../src/views/words';

export const words: Words = (key, values) => fillIn(en[key], values);

/** The templates of some keys, unfilled, as a page passes them to its scripts. */
export const templates = <Key extends WordKey>(keys: readonly Key[]) =>
	Object.fromEntries(keys.map((key) => [key, en[key]])) as Record<Key, string>;
