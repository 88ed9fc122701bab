/**
 * The settings a build takes from its environment, read and checked here once, for astro.config.mjs
 * and everything the build runs. A plain module rather than Astro's `astro:env`: the config itself
 * needs the site's address, before `astro:env` exists.
 *
 * - `SITE_URL`: the public address, for canonical links, link previews, the sitemap and absolute
 *   links in the files for tools. Without it they are left out or relative.
 * - `ISSUE_TRACKER_URL`: the new-issue address of the project's tracker (GitHub's or Gitea's
 *   `…/issues/new`), for "Report a problem with this page". No such link without it.
 * - `VDG_DATA_DIR`: the folder of codes.json, commands.json and general-rules.json, relative to the
 *   project; `data`.
 *   The build tests and the benchmark point it at changed or generated data.
 * - `SOURCE_DATE_EPOCH`: the date files of the build carry (the offline edition's), in seconds since
 *   1970, as reproducible builds set it. Without it the date comes from the data (src/offline/edition-date.ts).
 */

/** The value of an address setting, or undefined where it is unset or empty; anything else must be an http(s) URL. */
function address(name: string): string | undefined {
	const value = process.env[name]?.trim();
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
	return url.href;
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

export const settings = {
	siteUrl: address('SITE_URL'),
	issueTrackerUrl: address('ISSUE_TRACKER_URL'),
	sourceDate: sourceDate(),
	/** The data files, relative to the project; messages about them name them so. */
	dataFiles: {
		codes: `${dataDir}/codes.json`,
		commands: `${dataDir}/commands.json`,
		rules: `${dataDir}/general-rules.json`,
	},
} as const;
