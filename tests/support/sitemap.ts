/** The pages the built site lists in its sitemap, as paths. */
import { readFileSync } from 'node:fs';
import { DIST } from './dist-files';

export function sitemapPaths(): string[] {
	const xml = readFileSync(`${DIST}sitemap-0.xml`, 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname);
}
