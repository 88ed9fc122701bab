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

/** A path on the site: `sitePath('codes/-18/')`. */
function sitePath(path: string): string {
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

/**
 * The site's other pages, and the files it serves for tools and to hosts, under a base: the
 * build's own in PATHS; deploy/nginx-conf.ts, which runs outside the build, asks for those of the
 * base it writes the configuration for.
 */
export function sitePaths(base: string) {
	const under = (path = '') => `${base}${path}`;
	return {
		home: under(),
		codes: under('codes/'),
		/** Where the lookup's form leads without scripts: the codes index, whose notice #looked-up shows only then. */
		lookedUp: under('codes/#looked-up'),
		commands: under('commands/'),
		results: under('results/'),
		/** Where positive values are explained: they are not errors, and their meaning depends on the command. */
		positiveValues: under('results/#positive-values'),
		guide: under('guides/handling-result-codes/'),
		searchData: under('search-data.json'),
		codesExport: under('codes.json'),
		commandsExport: under('commands.json'),
		codesSchema: under('codes.schema.json'),
		commandsSchema: under('commands.schema.json'),
		llms: under('llms.txt'),
		llmsFull: under('llms-full.txt'),
		/** Every code and command page in one file, for networks without internet access; a download. */
		offlineEdition: under('vdg-sense-result-codes.html'),
		openSearch: under('opensearch.xml'),
		favicon: under('favicon.svg'),
		pagefind: under('pagefind/pagefind.js'),
		/** The code constants' folder (constantsPath). */
		constants: under('sdk/'),
		/** Astro's scripts and styles, whose names carry a hash of their content (its `build.assets`). */
		hashedAssets: under('_astro/'),
		/** The page a host answers a missing one with. */
		notFound: under('404.html'),
		/** The configuration that Netlify and Cloudflare Pages read; no page of the site. */
		hostFiles: [under('_headers'), under('_redirects')],
	} as const;
}

export type SitePaths = ReturnType<typeof sitePaths>;

export const PATHS = sitePaths(BASE);

/** `/codes/#devices-and-images`: a category's group on the codes index. */
export function categoryPath(category: string): string {
	return `${PATHS.codes}#${category}`;
}

/** `/sdk/result-codes.ts`: a file of the code constants. */
export function constantsPath(file: string): string {
	return `${PATHS.constants}${file}`;
}

/** The absolute URL of a path where the site's address is known (SITE_URL); else the path. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
	return site ? new URL(path, site).href : path;
}
