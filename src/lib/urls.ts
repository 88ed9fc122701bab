/** The site's URLs. They are fixed: support tickets link to them. */

/** A base path with one trailing slash: `/docs` → `/docs/`. */
export function withTrailingSlash(base: string): string {
	return base.replace(/\/?$/, '/');
}

/** The base the site is built with; `/` where Astro's environment is absent (astro.config.mjs itself). */
export const BASE = withTrailingSlash(import.meta.env?.BASE_URL ?? '/');

/** The one segment after `/codes/` in a path (`/codes/-18/` → `-18`), or undefined. */
function codesSegment(pathname: string, siteBase: string): string | undefined {
	const prefix = `${siteBase}codes/`;
	return pathname.startsWith(prefix) ? /^([^/]+)\/$/.exec(pathname.slice(prefix.length))?.[1] : undefined;
}

/** A code's page: `/codes/0/` or `/codes/-<n>/`, under the base. */
export function isCodePagePath(pathname: string, siteBase = BASE): boolean {
	return /^(?:0|-[1-9]\d*)$/.test(codesSegment(pathname, siteBase) ?? '');
}

/** `/codes/-18/`: the canonical page of a result code. */
export function codePath(code: number): string {
	return `${BASE}codes/${code}/`;
}

/** The URL segment of a command: its name in lower case, as the API is case-insensitive. */
export function commandSlug(name: string): string {
	return name.toLowerCase();
}

/** `/commands/getclips/`: the page of a command. */
export function commandPath(name: string): string {
	return `${BASE}commands/${commandSlug(name)}/`;
}

/** `/codes/#devices-and-images`: a category's group on the codes index. */
export function categoryPath(category: string): string {
	return `${BASE}codes/#${category}`;
}

/** A page of the site that is not generated from the data, e.g. `sitePath('results/')`. */
export function sitePath(path = ''): string {
	return `${BASE}${path}`;
}

/** The absolute URL of a path on the site, for links that leave it: tickets, feeds, previews. */
export function absoluteUrl(path: string, site: URL | undefined): string {
	return site ? new URL(path, site).href : path;
}

/** Where positive values are explained: they are not errors, and their meaning depends on the command. */
export function positiveValuesPath(): string {
	return sitePath('results/#positive-values');
}
