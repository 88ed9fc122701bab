/**
 * The guide's snippets run as a reader copies them: copied with each block's copy button in
 * Chromium and read back from the clipboard, saved beside the code constants downloaded from the
 * site, and run against a stand-in VDG Sense server, once for a live image, once for an error
 * result sent with an HTTP error status, and once for an answer with no result at all (an HTML
 * login page, as a proxy sends it): bash with curl, python3, Mono's mcs and mono, tsc and Node. The PowerShell snippet is not run: no PowerShell comes from Debian's packages.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { codePagePath, codes, SITE } from '../support/data';

const ERROR = codes.find((entry) => entry.code === -21)!;
/** The line every language with the constants writes for the error (the guide says so). */
const LOG_LINE = `VDG Sense ${ERROR.code} ${ERROR.name}: ${ERROR.message} | Help: ${new URL(codePagePath(ERROR.code), SITE).href}`;

let server: Server;
let address: string;

test.beforeAll(async () => {
	// A camera "live" has an image; "locked" gets a login page, with no result; any other is not
	// active, and its result comes with a 500.
	server = createServer((request, response) => {
		const query = new URL(request.url ?? '/', 'http://vms').searchParams;
		if (query.get('command') === 'getLiveImage' && query.get('cameraid') === 'live') {
			response
				.writeHead(200, { 'content-type': 'image/jpeg' })
				.end(Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
		} else if (query.get('cameraid') === 'locked') {
			response
				.writeHead(401, { 'content-type': 'text/html' })
				.end('<html><body><h1>401 Unauthorized</h1></body></html>');
		} else {
			response
				.writeHead(500, { 'content-type': 'text/xml' })
				.end(`<result errorcode="${ERROR.code}"><description>${ERROR.name}</description></result>`);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	address = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => server.close());

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** A snippet as the reader copies it: its tab chosen, its block's copy button clicked, the clipboard read. */
async function copySnippet(page: Page, tab: string): Promise<string> {
	await page.goto('/guides/handling-result-codes/');
	await page.getByRole('tab', { name: tab }).click();
	const block = page.getByRole('tabpanel').locator('.expressive-code');
	await block.hover();
	await block.getByRole('button', { name: 'Copy to clipboard' }).click();
	return page.evaluate(() => navigator.clipboard.readText());
}

/** A folder with the snippet and the constants beside it, downloaded from the site as a reader downloads them. */
async function folderWith(
	page: Page,
	snippet: [string, string],
	constants?: string,
): Promise<string> {
	const folder = mkdtempSync(join(tmpdir(), 'vdg-snippet-'));
	writeFileSync(join(folder, snippet[0]), snippet[1]);
	if (constants)
		writeFileSync(
			join(folder, constants),
			await (await page.request.get(`/sdk/${constants}`)).text(),
		);
	return folder;
}

/** A program's run, asynchronous: the stand-in server answers it from this process meanwhile. */
const run = promisify(execFile);

/**
 * Runs a command for each camera: the live image must pass quietly, the error must fail and say
 * `expected`, and an answer with no result must fail too (saying `noResult`, where given).
 */
async function runBoth(
	folder: string,
	command: string,
	args: string[],
	expected: string,
	noResult = '',
): Promise<void> {
	const forCamera = (camera: string) =>
		run(command, args, {
			cwd: folder,
			timeout: 60_000,
			env: { ...process.env, SERVER: address, SID: 'server-1', CID: camera },
		});
	expect((await forCamera('live')).stdout, `${command}: the live image`).toBe('');
	const failure = await forCamera('inactive').then(
		() => undefined,
		(error: { code?: number; stderr?: string }) => error,
	);
	expect(failure?.code, `${command}: the error result ends the program`).not.toBe(0);
	expect(failure?.stderr ?? '', `${command}: the error result`).toContain(expected);
	const noAnswer = await forCamera('locked').then(
		() => undefined,
		(error: { code?: number; stderr?: string }) => error,
	);
	expect(noAnswer?.code, `${command}: an answer with no result ends the program`).not.toBe(0);
	expect(noAnswer?.stderr ?? '', `${command}: an answer with no result`).toContain(noResult);
}

/** A compiler's run, whose failure says why. */
async function compile(folder: string, command: string, args: string[]): Promise<void> {
	await run(command, args, { cwd: folder }).catch(
		({ stdout = '', stderr = '' }: { stdout?: string; stderr?: string }) => {
			throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}${stderr}`);
		},
	);
}

test('curl: the copied snippet runs in bash', async ({ page }) => {
	const folder = await folderWith(page, ['snippet.sh', await copySnippet(page, 'curl')]);
	await runBoth(
		folder,
		'bash',
		['snippet.sh'],
		`VDG Sense error ${ERROR.code}: see /codes/${ERROR.code}/`,
		'VDG Sense: the answer holds no result',
	);
});

test('Python: the copied snippet runs beside result_codes.py', async ({ page }) => {
	const folder = await folderWith(
		page,
		['snippet.py', await copySnippet(page, 'Python')],
		'result_codes.py',
	);
	await runBoth(folder, 'python3', ['snippet.py'], LOG_LINE);
});

test('C#: the copied snippet compiles with mcs beside ResultCodes.cs, and runs in mono', async ({
	page,
}) => {
	const folder = await folderWith(
		page,
		['Program.cs', await copySnippet(page, 'C#')],
		'ResultCodes.cs',
	);
	await compile(folder, 'mcs', [
		'-r:System.Net.Http',
		'-r:System.Xml.Linq',
		'-out:snippet.exe',
		'ResultCodes.cs',
		'Program.cs',
	]);
	await runBoth(folder, 'mono', ['snippet.exe'], LOG_LINE);
});

test('TypeScript: the copied snippet compiles with tsc --strict beside result-codes.ts, and runs in Node', async ({
	page,
}) => {
	const folder = await folderWith(
		page,
		['snippet.ts', await copySnippet(page, 'TypeScript')],
		'result-codes.ts',
	);
	writeFileSync(join(folder, 'package.json'), '{ "type": "module" }\n');
	const tsc = join(process.cwd(), 'node_modules/typescript/bin/tsc');
	const types = join(process.cwd(), 'node_modules/@types');
	await compile(folder, process.execPath, [
		tsc,
		'--strict',
		'--target',
		'es2022',
		'--module',
		'nodenext',
		'--typeRoots',
		types,
		'--types',
		'node',
		'snippet.ts',
	]);
	await runBoth(
		folder,
		process.execPath,
		['snippet.js'],
		LOG_LINE,
		'VDG Sense: the answer holds no result (HTTP 401)',
	);
});
