/**
 * Every URL of the site, in one place, for pages, files for tools, search in the browser, and tests.
 * The pages of codes and commands are fixed: support tickets link to them.
 */

/** A base path with one trailing slash: `/docs` → `/docs/`. */
function withTrailingSlash(base: string): string {
	return base.replace(/\/?$/, '/');
}

/** The base the site is built with; `/` where Astro's environment is absent (astro.config.mjs itself). */
export const BASE = withTrailingSlash(import.meta.env?.BASE_URL ?? '/');

/** A path on the site that is not made per code or command: `sitePath('results/')`. */
function sitePath(path = ''): string {
	return `${BASE}${path}`;
}

/** `/codes/-18/`: the page of a result code. */
export function codePath(code: number): string {
	return sitePath(`codes/${code}/`);
}

/** `/codes/-18.md`: a code's page as Markdown. */
export function codeMarkdownPath(code: number): string {
	return sitePath(`codes/${code}.md`);
}

/** `/codes/18/`, `/codes/general-error/`: another address that leads to a code's page. */
export function codeAliasPath(alias: string): string {
	return sitePath(`codes/${alias}/`);
}

/** The URL segment of a command: its name in lower case, as the API is case-insensitive. */
export function commandSlug(name: string): string {
	return name.toLowerCase();
}

/** `/commands/getclips/`: the page of a command. */
export function commandPath(name: string): string {
	return sitePath(`commands/${commandSlug(name)}/`);
}

/** The site's other pages, and the files it serves for tools. */
export const PATHS = {
	home: sitePath(),
	codes: sitePath('codes/'),
	/** Where the lookup's form leads without scripts: the codes index, whose notice #looked-up shows only then. */
	lookedUp: sitePath('codes/#looked-up'),
	commands: sitePath('commands/'),
	results: sitePath('results/'),
	/** Where positive values are explained: they are not errors, and their meaning depends on the command. */
	positiveValues: sitePath('results/#positive-values'),
	guide: sitePath('guides/handling-result-codes/'),
	searchData: sitePath('search-data.json'),
	codesExport: sitePath('codes.json'),
	commandsExport: sitePath('commands.json'),
	codesSchema: sitePath('codes.schema.json'),
	commandsSchema: sitePath('commands.schema.json'),
	llms: sitePath('llms.txt'),
	llmsFull: sitePath('llms-full.txt'),
	/** The whole reference in one file, for networks without internet access; a download. */
	offlineEdition: sitePath('vdg-sense-result-codes.html'),
	openSearch: sitePath('opensearch.xml'),
	favicon: sitePath('favicon.svg'),
	pagefind: sitePath('pagefind/pagefind.js'),
} as const;

/** `/codes/#devices-and-images`: a category's group on the codes index. */
export function categoryPath(category: string): string {
	return `${PATHS.codes}#${category}`;
}

/** `/sdk/result-codes.ts`: a file of the code constants. */
export function constantsPath(file: string): string {
	return sitePath(`sdk/${file}`);
}

/** The absolute URL of a path where the site's address is known (SITE_URL); else the path. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
	return site ? new URL(path, site).href : path;
}
