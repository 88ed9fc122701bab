/**
 * Builds the sites the end-to-end tests run against, as deployments would, one after the other
 * (two builds of one project at once share Astro's cache folder):
 *
 * - into tests/dist/, at a host's root, with its public address (SITE_URL) and an issue tracker
 *   set, so that canonical links, the sitemap and "Report a problem with this page" are there to test;
 * - into tests/dist-path/vdg-codes/, for a path of an existing host (SITE_URL with a path), which
 *   tests/e2e/nginx.spec.ts serves under that path.
 *
 * Prints each build's output and time; fails as they fail.
 *
 * Usage: node tests/support/build-site.ts
 */
import { rmSync } from 'node:fs';
import { astroBuild } from './astro-build.ts';
import {
	TEST_DIST,
	TEST_ISSUE_TRACKER,
	TEST_PATH_DIST,
	TEST_PATH_ROOT,
	TEST_SITE,
	TEST_PATH_SITE,
} from './test-site.ts';

async function build(outDir: string, env: Record<string, string>): Promise<boolean> {
	const started = performance.now();
	const { failed, output } = await astroBuild({ outDir, env });
	// Without Astro's line per page: the rest, warnings and errors included, as Astro printed it.
	process.stdout.write(output.replace(/^.*[├└]─ .*\n/gm, ''));
	console.log(`${outDir}: built in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
	return !failed;
}

rmSync(TEST_PATH_ROOT, { recursive: true, force: true });
const passed =
	(await build(TEST_DIST, {
		SITE_URL: TEST_SITE,
		ISSUE_TRACKER_URL: TEST_ISSUE_TRACKER,
		BASE_PATH: '',
	})) &&
	(await build(TEST_PATH_DIST, { SITE_URL: TEST_PATH_SITE, ISSUE_TRACKER_URL: '', BASE_PATH: '' }));
process.exitCode = passed ? 0 : 1;
