/**
 * What a page costs on first load, measured from dist/ as size-limit does: the gzipped HTML, the
 * stylesheets it links (not print-only ones) and the scripts it loads with their static imports.
 * Scripts loaded later, on idle or on demand (Pagefind's search UI), are counted apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
	html: number;
	css: number;
	js: number;
	/** Scripts imported dynamically by the first-load scripts (loaded on idle or on demand). */
	jsLater: number;
}

const gzipSize = (content: Buffer | string) => gzipSync(content, { level: 9 }).length;

function attributes(tag: string): Record<string, string> {
	return Object.fromEntries(
		[...tag.matchAll(/([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map((m) => [
			m[1]!.toLowerCase(),
			m[2] ?? m[3] ?? m[4] ?? '',
		]),
	);
}

/** `pagePath` is the page's URL path, e.g. `/codes/-18/`. */
export function pageWeight(distDir: string, pagePath: string): PageWeight {
	const file = (url: string) =>
		join(distDir, decodeURIComponent(new URL(url, `http://site${pagePath}`).pathname));
	const html = readFileSync(join(file(pagePath), pagePath.endsWith('/') ? 'index.html' : ''));
	const text = html.toString();
	let css = 0;
	for (const [tag] of text.matchAll(/<link\b[^>]*>/g)) {
		const attrs = attributes(tag);
		if (attrs.rel === 'stylesheet' && attrs.href && attrs.media !== 'print')
			css += gzipSize(readFileSync(file(attrs.href)));
	}
	const firstLoad = new Set<string>();
	const later = new Set<string>();
	const visit = (path: string, into: Set<string>) => {
		if (firstLoad.has(path) || into.has(path)) return;
		into.add(path);
		const source = readFileSync(path, 'utf8');
		for (const [, specifier] of source.matchAll(
			/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g,
		)) {
			visit(join(path, '..', specifier!), into);
		}
		// Only literal paths: a path built at run time (Pagefind's own files) is not a bundled script.
		for (const [, specifier] of source.matchAll(/\bimport\(\s*["'`]([^"'`$]+\.js)["'`]\s*\)/g)) {
			visit(join(path, '..', specifier!), later);
		}
	};
	for (const [tag] of text.matchAll(/<script\b[^>]*>/g)) {
		const attrs = attributes(tag);
		if (attrs.src) visit(file(attrs.src), firstLoad);
	}
	for (const path of firstLoad) later.delete(path);
	const sum = (paths: Set<string>) =>
		[...paths].reduce((total, path) => total + gzipSize(readFileSync(path)), 0);
	return { html: gzipSize(html), css, js: sum(firstLoad), jsLater: sum(later) };
}
