import { existsSync } from 'node:fs';

/**
 * Chromium to run: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium if installed, else the
 * browser that `npx playwright install chromium` downloads (undefined).
 */
export const chromiumPath: string | undefined =
	process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Flags that let Chromium run as root in a container without a network. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
];
