/**
 * Where the views' links lead in the offline edition. A link to a code, a command, a category or
 * an index leads within the file; a link to another page of the site leads to the site where its
 * address is known (SITE_URL), and says so with the site's host, and is text without it; a link
 * elsewhere (the vendor's pages) stays as it is, marked by the stylesheet as one that leaves the
 * file.
 */
import type { Reference } from '../../reference/reference';
import { CODE_CATEGORY_IDS } from '../../schemas/categories';
import { absoluteUrl, categoryPath, codePath, commandPath, commandSlug, PATHS } from '../../urls';
import {
	categoryAnchor,
	codeAnchor,
	CODES_ANCHOR,
	commandAnchor,
	COMMANDS_ANCHOR,
	sectionAnchor,
} from '../markup';

/** Where a link leads: within the file or elsewhere, to the site (with its host), or nowhere (undefined). */
type LinkTarget = { href: string; siteHost?: string } | undefined;

/**
 * How the file resolves a view's link, given as a path of the site, a URL, or `#section` of the
 * entry (`entry`, an article's id) the link is in.
 */
export type ResolveLink = (href: string, entry?: string) => LinkTarget;

export function linksOf(reference: Reference, site: URL | undefined): ResolveLink {
	const within = new Map<string, string>([
		[PATHS.codes, CODES_ANCHOR],
		[PATHS.commands, COMMANDS_ANCHOR],
		...reference.codes.map((entry): [string, string] => [
			codePath(entry.code),
			codeAnchor(entry.code),
		]),
		...reference.commands.map((command): [string, string] => [
			commandPath(command.name),
			commandAnchor(commandSlug(command.name)),
		]),
		...CODE_CATEGORY_IDS.map((category): [string, string] => [
			categoryPath(category),
			categoryAnchor(category),
		]),
	]);
	return (href, entry) => {
		if (href.startsWith('#'))
			return { href: entry ? `#${sectionAnchor(entry, href.slice(1))}` : href };
		const anchor = within.get(href);
		if (anchor !== undefined) return { href: `#${anchor}` };
		if (!href.startsWith('/')) return { href };
		return site ? { href: absoluteUrl(href, site), siteHost: site.host } : undefined;
	};
}
