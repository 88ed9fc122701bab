/**
 * The settings a build takes from its environment, read and checked here once, for astro.config.mjs
 * and everything the build runs. A plain module rather than Astro's `astro:env`: the config itself
 * needs the site's address, before `astro:env` exists.
 *
 * - `SITE_URL`: the public address, for canonical links, link previews, the sitemap and absolute
 *   links in the files for tools. Without it they are left out or relative. Its path, if it has
 *   one (`https://intranet.example.com/vdg-codes/`), is where the site lives: Astro's `base`.
 * - `BASE_PATH`: that path alone (`/vdg-codes/`), where no public address is known; with SITE_URL,
 *   it must be SITE_URL's path.
 * - `ISSUE_TRACKER_URL`: the new-issue address of the project's tracker (GitHub's or Gitea's
 *   `…/issues/new`), for "Report a problem with this page". No such link without it.
 * - `VDG_DATA_DIR`: the folder of codes.json, commands.json, general-rules.json and vocabulary.json,
 *   relative to the project; `data`.
 *   The build tests and the benchmark point it at changed or generated data.
 * - `SOURCE_DATE_EPOCH`: the date files of the build carry (the offline edition's), in seconds since
 *   1970, as reproducible builds set it. Without it the date comes from the data (src/offline/build/edition-date.ts).
 */

type Environment = Readonly<Record<string, string | undefined>>;

/** The value of an address setting, or undefined where it is unset or empty; anything else must be an http(s) URL. */
function address(env: Environment, name: string): URL | undefined {
	const value = env[name]?.trim();
	if (!value) return undefined;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(
			`${name} must be an absolute http(s) address, such as https://codes.example.com, not ${JSON.stringify(value)}.`,
		);
	}
	if (!/^https?:$/.test(url.protocol)) {
		throw new Error(`${name} must be an http(s) address, not ${JSON.stringify(value)}.`);
	}
	return url;
}

/**
 * A path the site can live under, as Astro's `base`, links and nginx's `location` all take it as
 * written: words of letters, digits, `.`, `_`, `~` and `-` between slashes, ending in one.
 */
const SITE_PATH = /^\/(?:(?!\.\.?\/)[A-Za-z0-9._~-]+\/)*$/;

/** The path a setting gives, with its trailing slash; anything but such a path is an error naming the setting. */
function sitePath(name: string, path: string, value: string, example: string): string {
	const withSlash = path.replace(/\/?$/, '/');
	if (!SITE_PATH.test(withSlash)) {
		throw new Error(
			`${name} must be ${example}: a path of letters, digits, ".", "_", "~" and "-" between slashes, not ${JSON.stringify(value)}.`,
		);
	}
	return withSlash;
}

/**
 * Where the site lives, from SITE_URL and BASE_PATH: its public address, if known, and the path it
 * is built under (`/` at a host's root).
 */
export function siteLocation(env: Environment): { siteUrl?: string; basePath: string } {
	const url = address(env, 'SITE_URL');
	const example = 'an address such as https://intranet.example.com/vdg-codes/';
	if (url && (url.search || url.hash)) {
		throw new Error(
			`SITE_URL must be ${example}, without "?" or "#", not ${JSON.stringify(url.href)}.`,
		);
	}
	const urlPath = url && sitePath('SITE_URL', url.pathname, url.href, example);
	const base = env.BASE_PATH?.trim();
	const basePath = base
		? sitePath(
				'BASE_PATH',
				base.startsWith('/') ? base : `/${base}`,
				base,
				'a path such as /vdg-codes/',
			)
		: undefined;
	if (urlPath && basePath && urlPath !== basePath) {
		throw new Error(
			`SITE_URL (${url.href}) and BASE_PATH (${base}) name different paths: set the path in one of them, or the same in both.`,
		);
	}
	return {
		siteUrl: url && new URL(urlPath!, url).href,
		basePath: urlPath ?? basePath ?? '/',
	};
}

/** SOURCE_DATE_EPOCH as a date, or undefined where it is unset or empty; anything else must be whole seconds. */
function sourceDate(): Date | undefined {
	const value = process.env.SOURCE_DATE_EPOCH?.trim();
	if (!value) return undefined;
	if (!/^\d+$/.test(value)) {
		throw new Error(
			`SOURCE_DATE_EPOCH must be whole seconds since 1970, such as 1767225600, not ${JSON.stringify(value)}.`,
		);
	}
	return new Date(Number(value) * 1000);
}

const dataDir = process.env.VDG_DATA_DIR?.trim() || 'data';

const { siteUrl, basePath } = siteLocation(process.env);

export const settings = {
	siteUrl,
	/** The path the site is built under, with its slashes: `/`, or `/vdg-codes/`. */
	basePath,
	issueTrackerUrl: address(process.env, 'ISSUE_TRACKER_URL')?.href,
	sourceDate: sourceDate(),
	/** The data files, relative to the project; messages about them name them so. */
	dataFiles: {
		codes: `${dataDir}/codes.json`,
		commands: `${dataDir}/commands.json`,
		rules: `${dataDir}/general-rules.json`,
		vocabulary: `${dataDir}/vocabulary.json`,
	},
} as const;
