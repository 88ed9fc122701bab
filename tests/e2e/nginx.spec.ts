/**
 * Debian's nginx serving the builds as the README deploys them, on a loopback port, over IPv4 and,
 * where the machine has ::1, IPv6, beside Debian's default site, which listens on both as the
 * default server:
 *
 * - at a host's root: deploy/nginx.conf, its `server_name`, `listen` and `root` set for the test
 *   as a deployment sets them, answering for its own host names;
 * - under a path of the host the default site answers for: the location block `npm run nginx-conf`
 *   writes for the path build's SITE_URL, included in the default site, its `root` set.
 *
 * Each is checked as a deployment: headers on every kind of response, the same as _headers gives
 * other hosts; the 404 page with a 404 status; aliases; gzip; caching; downloads; and the pages
 * working under the policy, search included, with a clean console.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { codes } from '../support/data';
import { DIST } from '../support/dist-files';
import { headersFor, parseHeadersFile } from '../support/headers-file';
import { dialog, enterQuery, resultPages } from '../support/search-ui';
import { watchConsole } from '../support/console';
import { TEST_PATH_ROOT, TEST_PATH_SITE } from '../support/test-site';

/** nginx's port; TEST_NGINX_PORT moves it, as TEST_PORT moves the static server's. */
const PORT = Number(process.env.TEST_NGINX_PORT ?? 4394);
/** The root site's host names, as its server_name: the loopback addresses. */
const ORIGIN = `http://127.0.0.1:${PORT}`;
const IPV6_ORIGIN = `http://[::1]:${PORT}`;
/** Any other name is the default site's, which holds the path site: the intranet host. */
const INTRANET = `http://localhost:${PORT}`;
/** The path site's path, `/vdg-codes/`, and its folder, where nginx's root holds its copy. */
const BASE = new URL(TEST_PATH_SITE).pathname;
const PROJECT = new URL('../../', import.meta.url).pathname;
const PATH_ROOT = join(PROJECT, TEST_PATH_ROOT);
const PATH_DIST = join(PATH_ROOT, BASE);
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
/** Whether the machine has ::1 to listen on: nginx then listens there too, and the tests go over IPv6 as well. */
let ipv6 = false;

function canListenOn(host: string): Promise<boolean> {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen(0, host, () => server.close(() => resolve(true)));
	});
}

/** A configuration with its lines set for the test, each of which must be there to set. */
function withLines(conf: string, changes: [RegExp, string][]): string {
	return changes.reduce((text, [line, replacement]) => {
		expect(text, `a line ${line} to set`).toMatch(line);
		return text.replace(line, replacement);
	}, conf);
}

test.beforeAll(async () => {
	ipv6 = await canListenOn('::1');
	const listen6 = (port: string) => (ipv6 ? `listen [::1]:${PORT}${port};` : '');
	const prefix = mkdtempSync(join(tmpdir(), 'vdg-nginx-'));
	writeFileSync(
		join(prefix, 'server.conf'),
		withLines(readFileSync(join(PROJECT, 'deploy/nginx.conf'), 'utf8'), [
			[/^(\s*)server_name .*;$/m, '$1server_name 127.0.0.1 [::1];'],
			[/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${PORT};`],
			[/^(\s*)listen \[::\]:80;$/m, `$1${listen6('')}`],
			[/^(\s*)root .*;$/m, `$1root ${DIST};`],
		]),
	);
	// The path's location block, written as the README says: by `npm run nginx-conf` with the
	// build's SITE_URL.
	const location = join(prefix, 'vdg-codes.conf');
	execFileSync(process.execPath, ['deploy/nginx-conf.ts', location], {
		cwd: PROJECT,
		env: { ...process.env, SITE_URL: TEST_PATH_SITE, BASE_PATH: '' },
	});
	writeFileSync(
		location,
		withLines(readFileSync(location, 'utf8'), [[/^(\s*)root .*;$/m, `$1root ${PATH_ROOT};`]]),
	);
	// Debian's default site, on the same port, with its welcome page: a request our server block
	// does not take gets that page instead of ours. The path site is included in it, as an
	// existing host's server block includes it.
	mkdirSync(join(prefix, 'default-site'));
	writeFileSync(join(prefix, 'default-site', 'index.html'), WELCOME);
	writeFileSync(
		join(prefix, 'default.conf'),
		withLines(DEFAULT_SITE, [
			[/^(\s*)listen 80 default_server;/m, `$1listen 127.0.0.1:${PORT} default_server;`],
			[/^(\s*)listen \[::\]:80 default_server;/m, `$1${listen6(' default_server')}`],
			[/^(\s*)root .*;$/m, `$1root ${join(prefix, 'default-site')};`],
			[/^(\s*)server_name _;$/m, `$&\n$1include ${location};`],
		]),
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

/** The origins the root site is reached at: over IPv4, and over IPv6 where the machine has ::1. */
function rootOrigins(): string[] {
	if (!ipv6) test.info().annotations.push({ type: 'IPv6', description: 'no ::1 on this machine' });
	return ipv6 ? [ORIGIN, IPV6_ORIGIN] : [ORIGIN];
}

test('beside Debian’s default site on the same port, the site answers for its server_name, over IPv4 and IPv6', async ({
	page,
}) => {
	for (const origin of rootOrigins()) {
		await page.goto(`${origin}/codes/-18/`);
		await expect(page.locator('h1'), origin).toHaveText('-18 General error');
	}
	// Under another name, the default site answers: the test would see it if the block did not match.
	await page.goto(`${INTRANET}/`);
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

test.describe('under a path of an existing host', () => {
	test.use({ baseURL: INTRANET });
	const under = (path = '') => `${BASE}${path}`;
	const pathAsset = readdirSync(join(PATH_DIST, '_astro')).find((file) => file.endsWith('.js'))!;

	/** The absolute links of a file to its site: at least one, each under the path (the test fails on one that is not). */
	function siteLinks(text: string): string[] {
		const links =
			text.match(new RegExp(`${new URL(TEST_PATH_SITE).origin}[^\\s"'<>)\\]]*`, 'g')) ?? [];
		for (const link of links) expect(link.startsWith(TEST_PATH_SITE), link).toBe(true);
		return links;
	}

	/** The page's stylesheets have loaded: every one, Starlight's among them, which sets its colours. */
	async function expectStyled(page: Page): Promise<void> {
		const styles = await page.evaluate(() => ({
			unloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
				.filter((link) => !link.sheet)
				.map((link) => link.href),
			accent: getComputedStyle(document.documentElement).getPropertyValue('--sl-color-accent'),
		}));
		expect(styles.unloaded).toEqual([]);
		expect(styles.accent).not.toBe('');
	}

	test('the site answers under its path, styled, over IPv4 and IPv6; the default site keeps the rest', async ({
		page,
	}) => {
		const problems = watchConsole(page);
		await page.goto(under());
		await expect(page.locator('h1')).toHaveText('VDG Sense result codes');
		await expectStyled(page);
		// The path without its slash leads to the site.
		await page.goto(BASE.slice(0, -1));
		await expect(page).toHaveURL(`${INTRANET}${under()}`);
		await page.goto('/');
		await expect(page.locator('h1')).toHaveText('Welcome to nginx!');
		expect(problems).toEqual([]);
		if (!ipv6) {
			test.info().annotations.push({ type: 'IPv6', description: 'no ::1 on this machine' });
			return;
		}
		// Over IPv6, for the intranet host's name (the root site answers for [::1] itself).
		const overIpv6 = await new Promise<{ status?: number; body: string }>((resolve, reject) =>
			get(
				{ host: '::1', port: PORT, path: under('codes/-18/'), headers: { host: 'localhost' } },
				(response) => {
					let body = '';
					response.setEncoding('utf8');
					response.on('data', (chunk: string) => (body += chunk));
					response.on('end', () => resolve({ status: response.statusCode, body }));
				},
			).on('error', reject),
		);
		expect(overIpv6.status).toBe(200);
		expect(/<title>([^<]*)<\/title>/.exec(overIpv6.body)?.[1]).toBe(
			'-18 General error | VDG Sense result codes',
		);
	});

	test('links between codes, commands and the indexes stay under the path', async ({ page }) => {
		const related = codes.find((entry) => entry.code === -18)!.related[0]!;
		const relatedName = codes.find((entry) => entry.code === related)!.name;
		await page.goto(under('codes/-18/'));
		await page
			.locator('.related-codes')
			.getByRole('link', { name: `${related} ${relatedName}`, exact: true })
			.click();
		await expect(page).toHaveURL(`${INTRANET}${under(`codes/${related}/`)}`);
		await expect(page.locator('h1')).toHaveText(`${related} ${relatedName}`);
		await expectStyled(page);
		await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Commands' }).click();
		await expect(page).toHaveURL(`${INTRANET}${under('commands/')}`);
		await page.getByRole('link', { name: 'getClips', exact: true }).first().click();
		await expect(page).toHaveURL(`${INTRANET}${under('commands/getclips/')}`);
		// An alias: the number as a redirect, the name as a page that leads to the code.
		const redirect = await page.request.get(under('codes/18/'), { maxRedirects: 0 });
		expect(redirect.status()).toBe(301);
		expect(redirect.headers().location).toBe(under('codes/-18/'));
		for (const alias of [under('codes/18/'), under('codes/general-error/')]) {
			await page.goto(alias);
			await expect(page).toHaveURL(`${INTRANET}${under('codes/-18/')}`);
		}
	});

	test('search finds codes and pages under the path', async ({ page }) => {
		const problems = watchConsole(page);
		await page.goto(under('codes/'));
		await page.keyboard.press('Control+k');
		await enterQuery(page, 'database down');
		const pages = await resultPages(dialog.box(page));
		expect(pages).toContain(under('codes/-45/'));
		for (const result of pages) expect(result).toMatch(new RegExp(`^${BASE}`));
		await enterQuery(page, '-45');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(`${INTRANET}${under('codes/-45/')}`);
		await expect(page.locator('h1')).toHaveText('-45 Database offline');
		expect(problems).toEqual([]);
	});

	test('a missing code is the site’s 404 page, with a 404 status, saying which code', async ({
		page,
	}) => {
		const response = await page.goto(under('codes/-99/'));
		expect(response?.status()).toBe(404);
		await expect(page.locator('[data-not-found-message]')).toContainText('“-99”');
		await expectStyled(page);
		expect((await page.request.get(under('no/such/page/'))).status()).toBe(404);
	});

	test('the code constants open as text; the offline edition downloads, from its link and its address', async ({
		page,
	}) => {
		const constants = await page.goto(under('sdk/result-codes.ts'));
		expect(constants?.headers()['content-type']).toBe('text/plain; charset=utf-8');
		await expect(page.locator('body')).toContainText('export function describeResultCode');
		await page.goto(under());
		const [fromLink] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Download for offline use' }).click(),
		]);
		expect(fromLink.url()).toBe(`${INTRANET}${under('vdg-sense-result-codes.html')}`);
		expect(siteLinks(readFileSync((await fromLink.path())!, 'utf8')).length).toBeGreaterThan(0);
		// Opened by its address (a link pasted into the address bar), it is saved, not shown.
		const [fromAddress] = await Promise.all([
			page.waitForEvent('download'),
			page.goto(under('vdg-sense-result-codes.html')).catch(() => undefined),
		]);
		expect(fromAddress.suggestedFilename()).toBe('vdg-sense-result-codes.html');
		const headers = (await page.request.get(under('vdg-sense-result-codes.html'))).headers();
		expect(headers['content-disposition']).toBe('attachment');
	});

	test('the files for tools, the offline edition and the host files give addresses under the path', async ({
		request,
	}) => {
		const files = [
			'sitemap-index.xml',
			'sitemap-0.xml',
			'codes.json',
			'commands.json',
			'llms.txt',
			'llms-full.txt',
			'codes/-18.md',
			'opensearch.xml',
			'sdk/result-codes.ts',
			'sdk/result_codes.py',
			'sdk/ResultCodes.cs',
			'vdg-sense-result-codes.html',
		];
		for (const file of files) {
			const response = await request.get(under(file));
			expect(response.status(), file).toBe(200);
			expect(siteLinks(await response.text()).length, file).toBeGreaterThan(0);
		}
		const redirects = readFileSync(join(PATH_DIST, '_redirects'), 'utf8').trim().split('\n');
		for (const line of redirects) expect(line).toMatch(new RegExp(`^${BASE}\\S+ ${BASE}\\S+ 301$`));
	});

	test('every kind of response has the headers _headers gives under the path; the host files are not served', async ({
		request,
	}) => {
		const rules = parseHeadersFile(readFileSync(join(PATH_DIST, '_headers'), 'utf8'));
		const expected = headersFor(rules, under());
		expect(expected.map(([name]) => name)).toContain('Content-Security-Policy');
		for (const path of [
			under(),
			under('codes/-18/'),
			under('codes.json'),
			under(`_astro/${pathAsset}`),
			under('pagefind/pagefind.js'),
			under('sdk/result_codes.py'),
			under('codes/-18.md'),
			under('codes/-99/'),
			under('codes/18/'),
		]) {
			const headers = (await request.get(path, { maxRedirects: 0 })).headers();
			for (const [name, value] of expected)
				expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
			const cacheControl = headersFor(rules, path).find(([name]) => name === 'Cache-Control');
			expect(headers['cache-control'], path).toBe(cacheControl?.[1] ?? 'no-cache');
		}
		expect(
			(
				await request.get(under('codes/-18/'), { headers: { 'accept-encoding': 'gzip' } })
			).headers()['content-encoding'],
		).toBe('gzip');
		expect((await request.get(under('codes/-18.md'))).headers()['content-type']).toBe(
			'text/markdown; charset=utf-8',
		);
		for (const file of ['_headers', '_redirects']) {
			expect(existsSync(join(PATH_DIST, file))).toBe(true);
			expect((await request.get(under(file))).status(), file).toBe(404);
		}
	});
});
