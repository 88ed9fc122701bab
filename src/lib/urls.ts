/** The site's URLs. They are fixed: support tickets link to them. */

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `/codes/-18/`: the canonical page of a result code. */
export function codePath(code: number): string {
	return `${base}codes/${code}/`;
}

/** The URL segment of a command: its name in lower case, as the API is case-insensitive. */
export function commandSlug(name: string): string {
	return name.toLowerCase();
}

/** `/commands/getclips/`: the page of a command. */
export function commandPath(name: string): string {
	return `${base}commands/${commandSlug(name)}/`;
}

/** `/codes/#devices-and-images`: a category's group on the codes index. */
export function categoryPath(category: string): string {
	return `${base}codes/#${category}`;
}

/** A page of the site that is not generated from the data, e.g. `sitePath('results/')`. */
export function sitePath(path = ''): string {
	return `${base}${path}`;
}

/** The absolute URL of a path on the site, for links that leave it: tickets, feeds, previews. */
export function absoluteUrl(path: string, site: URL | undefined): string {
	return site ? new URL(path, site).href : path;
}

/** Where positive values are explained: they are not errors, and their meaning depends on the command. */
export function positiveValuesPath(): string {
	return sitePath('results/#positive-values');
}
