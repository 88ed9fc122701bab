import { existsSync } from 'node:fs';

const installed = (path: string) => (existsSync(path) ? path : undefined);

/**
 * The Chromium people browse with, for the benchmarks and Lighthouse, which measure what a reader
 * gets: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else the browser that
 * `npx playwright install chromium` downloads (undefined).
 */
export const chromiumPath: string | undefined =
	process.env.CHROMIUM_PATH ?? installed('/usr/bin/chromium');

/**
 * The Chromium the tests run in: CHROMIUM_PATH if set, else Debian's headless shell (package
 * chromium-headless-shell), else Debian's Chromium, else Playwright's own download. The headless
 * shell is what Playwright itself runs headless tests in: the same Blink and V8 without the
 * browser's interface, which takes about 30 % off the end-to-end tests' CPU here.
 */
export const testChromiumPath: string | undefined =
	process.env.CHROMIUM_PATH ?? installed('/usr/bin/chromium-headless-shell') ?? chromiumPath;

/** Flags that let Chromium run as root in a container without a network. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
];
