/** The pages the built site lists in its sitemap, as paths. */
import { readFileSync } from 'node:fs';

export function sitemapPaths(): string[] {
	const xml = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname);
}
