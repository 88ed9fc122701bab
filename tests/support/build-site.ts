/**
 * Builds dist/ for the end-to-end tests as a deployment would: with an issue tracker set, so that
 * "Report a problem with this page" is there to test. Prints the build's output; fails as it fails.
 *
 * Usage: node tests/support/build-site.ts
 */
import { astroBuild } from './astro-build.ts';
import { TEST_ISSUE_TRACKER } from './test-site.ts';

const { failed, output } = await astroBuild({ outDir: 'dist', env: { ISSUE_TRACKER_URL: TEST_ISSUE_TRACKER } });
process.stdout.write(output);
process.exitCode = failed ? 1 : 0;
