/**
 * deploy/nginx.conf for real: Debian's nginx serves the build on a loopback port with that server
 * block (its `server_name`, `listen` and `root` set for the test, as a deployment sets them),
 * beside Debian's default site listening on the same port as the default server, and the site is
 * checked as a deployment: headers on every kind of response, the same as _headers gives other
 * hosts; the 404 page with a 404 status; aliases; gzip; caching; and the pages working under the
 * policy with a clean console.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from '../support/dist-files';
import { headersFor, parseHeadersFile } from '../support/headers-file';
import { dialog, enterQuery } from '../support/search-ui';
import { watchConsole } from '../support/console';

/** nginx's port; TEST_NGINX_PORT moves it, as TEST_PORT moves the static server's. */
const PORT = Number(process.env.TEST_NGINX_PORT ?? 4394);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const NGINX =
	process.env.NGINX_PATH ??
	['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((path) => existsSync(path)) ??
	'nginx';
const MIME_TYPES = '/etc/nginx/mime.types';
/** Debian's default site, where nginx is installed from Debian's packages; else the same, as it ships. */
const DEBIAN_DEFAULT_SITE = '/etc/nginx/sites-available/default';
const DEFAULT_SITE = existsSync(DEBIAN_DEFAULT_SITE)
	? readFileSync(DEBIAN_DEFAULT_SITE, 'utf8')
	: 'server {\n\tlisten 80 default_server;\n\tlisten [::]:80 default_server;\n\troot /var/www/html;\n\tindex index.html index.htm index.nginx-debian.html;\n\tserver_name _;\n\tlocation / {\n\t\ttry_files $uri $uri/ =404;\n\t}\n}\n';
const WELCOME = '<h1>Welcome to nginx!</h1>';

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: ORIGIN });

let nginx: ChildProcess | undefined;

test.beforeAll(async () => {
	const prefix = mkdtempSync(join(tmpdir(), 'vdg-nginx-'));
	const server = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8')
		.replace(/^(\s*)server_name .*;$/m, '$1server_name 127.0.0.1;')
		.replace(/^(\s*)listen .*;$/m, `$1listen 127.0.0.1:${PORT};`)
		.replace(/^(\s*)root .*;$/m, `$1root ${DIST};`);
	writeFileSync(join(prefix, 'server.conf'), server);
	// Debian's default site, on the same port, with its welcome page: a request our server block
	// does not take gets that page instead of ours.
	mkdirSync(join(prefix, 'default-site'));
	writeFileSync(join(prefix, 'default-site', 'index.html'), WELCOME);
	writeFileSync(
		join(prefix, 'default.conf'),
		DEFAULT_SITE.replace(/^\s*listen \[::\].*$/gm, '')
			.replace(/^(\s*)listen 80 default_server;/m, `$1listen 127.0.0.1:${PORT} default_server;`)
			.replace(/^(\s*)root .*;$/m, `$1root ${join(prefix, 'default-site')};`),
	);
	// The server block includes nginx's own mime.types, found beside the main configuration.
	symlinkSync(MIME_TYPES, join(prefix, 'mime.types'));
	writeFileSync(
		join(prefix, 'nginx.conf'),
		[
			// Run as root, nginx's workers would be `nobody`, who may not read dist/ (a clone in a
			// private folder, as mktemp makes): they read as the user who built it.
			...(process.getuid?.() === 0 ? ['user root;'] : []),
			'worker_processes 1;',
			`pid ${prefix}/nginx.pid;`,
			`error_log ${prefix}/error.log warn;`,
			'events {}',
			'http {',
			'    access_log off;',
			...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
				(kind) => `    ${kind}_temp_path ${prefix}/${kind};`,
			),
			`    include ${prefix}/default.conf;`,
			`    include ${prefix}/server.conf;`,
			'}',
		].join('\n'),
	);
	nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
		stdio: ['ignore', 'inherit', 'inherit'],
	});
	nginx.on('error', (error) =>
		console.error(
			`${NGINX} could not start (.ci/run installs nginx; see the README): ${error.message}`,
		),
	);
	await expect
		.poll(
			async () =>
				fetch(`${ORIGIN}/`)
					.then((response) => response.status)
					.catch(() => 0),
			{ timeout: 10_000 },
		)
		.toBe(200);
	expect(
		readFileSync(join(prefix, 'error.log'), 'utf8'),
		'nginx warns about its configuration',
	).toBe('');
});

test.afterAll(() => {
	nginx?.kill();
});

const asset = readdirSync(join(DIST, '_astro')).find((file) => file.endsWith('.js'))!;

test('beside Debian’s default site on the same port, the site answers for its server_name', async ({
	page,
}) => {
	await page.goto('/');
	await expect(page.locator('h1')).toHaveText('VDG Sense result codes');
	// Under another name, the default site answers: the test would see it if the block did not match.
	await page.goto(`http://localhost:${PORT}/`);
	await expect(page.locator('h1')).toHaveText('Welcome to nginx!');
});

test('every kind of response has the same security headers as _headers gives other hosts', async ({
	request,
}) => {
	const expected = headersFor(parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8')), '/');
	expect(expected.map(([name]) => name)).toContain('Content-Security-Policy');
	const paths = [
		'/',
		'/codes/-18/',
		'/codes.json',
		`/_astro/${asset}`,
		'/pagefind/pagefind.js',
		'/sdk/result_codes.py',
		'/vdg-sense-result-codes.html',
		'/codes/-18.md',
		'/codes/-99/',
		'/codes/18/',
	];
	for (const path of paths) {
		const headers = (await request.get(path, { maxRedirects: 0 })).headers();
		for (const [name, value] of expected)
			expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
	}
});

test('a missing page is the 404 page, with a 404 status', async ({ page }) => {
	const response = await page.goto('/codes/-99/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('[data-not-found-message]')).toContainText('“-99”');
	expect((await page.request.get('/no/such/page/')).status()).toBe(404);
});

test('aliases land on the code’s page: the number as a redirect, the name as a page that leads there', async ({
	page,
	request,
}) => {
	const redirect = await request.get('/codes/18/', { maxRedirects: 0 });
	expect(redirect.status()).toBe(301);
	expect(redirect.headers().location).toBe('/codes/-18/');
	for (const alias of ['/codes/18/', '/codes/18', '/codes/general-error/']) {
		await page.goto(alias);
		await expect(page).toHaveURL(`${ORIGIN}/codes/-18/`);
		await expect(page.locator('h1')).toHaveText('-18 General error');
	}
});

test('hashed assets are cached for a year; pages and data are revalidated; text is gzipped; the offline edition is a download', async ({
	request,
}) => {
	const cacheControl = async (path: string) => (await request.get(path)).headers()['cache-control'];
	expect(await cacheControl(`/_astro/${asset}`)).toBe('public, max-age=31536000, immutable');
	for (const path of [
		'/',
		'/codes/-18/',
		'/codes.json',
		'/search-data.json',
		'/pagefind/pagefind.js',
	])
		expect(await cacheControl(path), path).toBe('no-cache');
	for (const path of ['/codes/-18/', '/codes.json', `/_astro/${asset}`, '/llms.txt']) {
		const headers = (await request.get(path, { headers: { 'accept-encoding': 'gzip' } })).headers();
		expect(headers['content-encoding'], path).toBe('gzip');
	}
	expect((await request.get('/sdk/result-codes.ts')).headers()['content-type']).toBe(
		'text/plain; charset=utf-8',
	);
	expect((await request.get('/codes/-18.md')).headers()['content-type']).toBe(
		'text/markdown; charset=utf-8',
	);
	const edition = (await request.get('/vdg-sense-result-codes.html')).headers();
	expect(edition['content-disposition']).toBe('attachment');
	expect(edition['content-type']).toBe('text/html; charset=utf-8');
});

test('the pages work under the policy, search included, with a clean console', async ({ page }) => {
	const problems = watchConsole(page);
	await page.goto('/codes/-18/');
	await page.keyboard.press('Control+k');
	await enterQuery(page, 'database down');
	await expect(dialog.box(page).locator('[role="option"][data-kind="page"]').first()).toBeVisible();
	await page.keyboard.press('Escape');
	await page.goto('/guides/handling-result-codes/');
	await page.getByRole('tab', { name: 'Python' }).first().click();
	await page.goto('/codes/');
	await page.getByLabel('Who acts first').selectOption('caller');
	expect(problems).toEqual([]);
});
