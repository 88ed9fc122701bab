/** The built site's files, for checks that read dist/ directly. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Every HTML file in dist/, as [URL path, content]. */
export function htmlPages(dist = DIST): [string, string][] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.sort()
		.map((file) => {
			const path = `/${relative(dist, join(dist, file)).replace(/index\.html$/, '')}`;
			return [path, readFileSync(join(dist, file), 'utf8')];
		});
}
