/**
 * Builds the site into tests/dist/ for the end-to-end tests as a deployment would: with its public address (SITE_URL)
 * and an issue tracker set, so that canonical links, the sitemap and "Report a problem with this
 * page" are there to test. Prints the build's output; fails as it fails.
 *
 * Usage: node tests/support/build-site.ts
 */
import { astroBuild } from './astro-build.ts';
import { TEST_DIST, TEST_ISSUE_TRACKER, TEST_SITE } from './test-site.ts';

const { failed, output } = await astroBuild({
	outDir: TEST_DIST,
	env: { SITE_URL: TEST_SITE, ISSUE_TRACKER_URL: TEST_ISSUE_TRACKER },
});
// Without Astro's line per page: the rest, warnings and errors included, as Astro printed it.
process.stdout.write(output.replace(/^.*[├└]─ .*\n/gm, ''));
process.exitCode = failed ? 1 : 0;
