/** The tests' build of the site (tests/dist/), for checks that read its files directly. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TEST_DIST } from './test-site';

export const DIST = new URL(`../../${TEST_DIST}/`, import.meta.url).pathname;

/** Every HTML file of the build, as [URL path, content]. */
export function htmlPages(dist = DIST): [string, string][] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.sort()
		.map((file) => {
			const path = `/${relative(dist, join(dist, file)).replace(/index\.html$/, '')}`;
			return [path, readFileSync(join(dist, file), 'utf8')];
		});
}
