/**
 * Serves dist/ over HTTP for the end-to-end tests, the way a static host does: a folder's
 * index.html, a redirect from /codes/-18 to /codes/-18/, 404.html for what does not exist, text
 * compressed with gzip, and the security headers of dist/_headers, as Netlify or Cloudflare Pages
 * would send them.
 * `astro preview` allows one server per project, and tests must not stop the one a developer runs.
 *
 * Usage: node tests/support/static-server.ts [port] [folder]
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const port = Number(process.argv[2] ?? 4391);
const root = resolve(process.argv[3] ?? 'dist');
const headersFile = join(root, '_headers');
const headerRules = existsSync(headersFile)
	? parseHeadersFile(readFileSync(headersFile, 'utf8'))
	: [];

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.ts': 'text/plain; charset=utf-8',
	'.py': 'text/plain; charset=utf-8',
	'.cs': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

async function isFile(path: string): Promise<boolean> {
	return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

createServer(async (request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	const path = normalize(join(root, decodeURIComponent(url.pathname)));
	if (!path.startsWith(root)) {
		response.writeHead(400).end();
		return;
	}
	let file = path;
	let status = 200;
	if (url.pathname.endsWith('/')) file = join(path, 'index.html');
	else if (!(await isFile(path)) && (await isFile(join(path, 'index.html')))) {
		response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
		return;
	}
	if (!(await isFile(file)) || file === headersFile) {
		file = join(root, '404.html');
		status = 404;
	}
	const type = TYPES[extname(file)] ?? 'application/octet-stream';
	const gzip =
		/^(?:text\/|application\/(?:json|xml)|image\/svg)/.test(type) &&
		/\bgzip\b/.test(String(request.headers['accept-encoding']));
	response.writeHead(status, [
		['content-type', type],
		...(gzip
			? [
					['content-encoding', 'gzip'],
					['vary', 'accept-encoding'],
				]
			: []),
		...headersFor(headerRules, url.pathname),
	] as [string, string][]);
	if (request.method === 'HEAD') response.end();
	else if (gzip) createReadStream(file).pipe(createGzip()).pipe(response);
	else createReadStream(file).pipe(response);
}).listen(port, () => console.log(`Serving ${root} on http://localhost:${port}/`));
