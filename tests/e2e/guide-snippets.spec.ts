/**
 * The guide's snippets run as a reader copies them and as the guide says to run them: copied with
 * each block's copy button in Chromium and read back from the clipboard, saved under the name the
 * guide gives beside the code constants downloaded from the site, nothing else in the folder, and
 * run with the commands the guide gives against a stand-in VDG Sense server, once for a live image,
 * once for an error result sent with an HTTP error status, and once for an answer with no result at
 * all (an HTML login page, as a proxy sends it): bash with curl, python3, Mono's mcs and mono, Node
 * running TypeScript as it is, and tsc. The PowerShell snippet is not run: no PowerShell comes from
 * Debian's packages.
 */
import { execFile, type ExecFileOptions } from 'node:child_process';
import {
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { codePagePath, codes, SITE } from '../support/data';
import { notInstalled } from '../support/tools';

const ERROR = codes.find((entry) => entry.code === -21)!;
/** The line every language with the constants writes for the error (the guide says so). */
const LOG_LINE = `VDG Sense ${ERROR.code} ${ERROR.name}: ${ERROR.message} | Help: ${new URL(codePagePath(ERROR.code), SITE).href}`;
/** What every snippet says of the login page the stand-in server answers with: no result. */
const NO_RESULT = 'VDG Sense: the answer holds no result';
/** The same, with the page's HTTP status, where the language reads it (all but curl). */
const NO_RESULT_401 = `${NO_RESULT} (HTTP 401)`;

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

/**
 * A snippet as the reader copies it: its tab chosen, its block's copy button clicked, the clipboard
 * read; with what the guide says beside it, in code: file names and the commands that run it.
 */
async function copySnippet(page: Page, tab: string): Promise<{ code: string; said: string[] }> {
	await page.goto('/guides/handling-result-codes/');
	await page.getByRole('tab', { name: tab }).click();
	const panel = page.getByRole('tabpanel');
	const block = panel.locator('.expressive-code');
	await block.hover();
	await block.getByRole('button', { name: 'Copy to clipboard' }).click();
	return {
		code: await page.evaluate(() => navigator.clipboard.readText()),
		said: (await panel.locator('p code').allTextContents()).map((text) =>
			text.replace(/\s+/g, ' '),
		),
	};
}

/** The command the guide gives that starts with `start`, as program and arguments. */
function command(said: string[], start: string): [string, string[]] {
	const line = said.find((text) => text.startsWith(`${start} `));
	expect(line, `the guide says how to run it with ${start}`).toBeDefined();
	const [program, ...args] = line!.split(' ');
	return [program!, args];
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

/** How long one compiler's or program's run may take before it is said to hang. */
const RUN_TIMEOUT = 20_000;
// A test compiles once and runs three times: a hang is named by its run, not by the test's timeout.
test.describe.configure({ timeout: 5 * RUN_TIMEOUT });

/** A run that did not end: a failure of the test, never the failure a run is expected to end in. */
class Hang extends Error {}

/** A program's run, asynchronous: the stand-in server answers it from this process meanwhile. */
const run = (command: string, args: string[], options: ExecFileOptions) =>
	promisify(execFile)(command, args, { ...options, timeout: RUN_TIMEOUT }).catch(
		(error: { code?: unknown; killed?: boolean }) => {
			if (error.code === 'ENOENT') throw notInstalled(command);
			if (error.killed)
				throw new Hang(
					`${command} ${args.join(' ')}${options.env?.CID ? ` for camera ${options.env.CID}` : ''} did not end within ${RUN_TIMEOUT / 1000} s`,
				);
			throw error;
		},
	);

/**
 * Runs a command for each camera: the live image must pass quietly, the error must fail and say
 * `expected`, and an answer with no result must fail too, saying `noResult`.
 */
async function runBoth(
	folder: string,
	command: string,
	args: string[],
	expected: string,
	noResult: string,
): Promise<void> {
	const forCamera = (camera: string) =>
		run(command, args, {
			cwd: folder,
			env: { ...process.env, SERVER: address, SID: 'server-1', CID: camera },
		});
	// A run that must fail: how it ended, or undefined where it passed; a hang fails the test.
	const failureOf = (camera: string) =>
		forCamera(camera).then(
			() => undefined,
			(error: Hang | { code?: number; stderr?: string }) => {
				if (error instanceof Hang) throw error;
				return error;
			},
		);
	expect((await forCamera('live')).stdout, `${command}: the live image`).toBe('');
	const failure = await failureOf('inactive');
	expect(failure?.code, `${command}: the error result ends the program`).not.toBe(0);
	expect(failure?.stderr ?? '', `${command}: the error result`).toContain(expected);
	const noAnswer = await failureOf('locked');
	expect(noAnswer?.code, `${command}: an answer with no result ends the program`).not.toBe(0);
	expect(noAnswer?.stderr ?? '', `${command}: an answer with no result`).toContain(noResult);
}

/** A compiler's run, whose failure says why. */
async function compile(folder: string, command: string, args: string[]): Promise<void> {
	await run(command, args, { cwd: folder }).catch(
		(error: Hang | { stdout?: string; stderr?: string }) => {
			if (error instanceof Hang) throw error;
			throw new Error(
				`${command} ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`,
			);
		},
	);
}

test('curl: the copied snippet runs in bash, as the guide says', async ({ page }) => {
	const { code, said } = await copySnippet(page, 'curl');
	expect(said[0]).toBe('snippet.sh');
	const folder = await folderWith(page, [said[0]!, code]);
	await runBoth(
		folder,
		...command(said, 'bash'),
		`VDG Sense error ${ERROR.code}: see /codes/${ERROR.code}/`,
		NO_RESULT,
	);
});

test('Python: the copied snippet runs beside result_codes.py, as the guide says', async ({
	page,
}) => {
	const { code, said } = await copySnippet(page, 'Python');
	expect(said.slice(0, 2)).toEqual(['snippet.py', 'result_codes.py']);
	const folder = await folderWith(page, [said[0]!, code], said[1]);
	await runBoth(folder, ...command(said, 'python3'), LOG_LINE, NO_RESULT_401);
});

test('C#: the copied snippet compiles with mcs beside ResultCodes.cs, and runs in mono, as the guide says', async ({
	page,
}) => {
	const { code, said } = await copySnippet(page, 'C#');
	expect(said.slice(0, 2)).toEqual(['Program.cs', 'ResultCodes.cs']);
	const folder = await folderWith(page, [said[0]!, code], said[1]);
	await compile(folder, ...command(said, 'mcs'));
	await runBoth(folder, ...command(said, 'mono'), LOG_LINE, NO_RESULT_401);
});

test('TypeScript: the copied snippet runs in Node as it is, beside result-codes.ts and nothing else', async ({
	page,
}) => {
	const { code, said } = await copySnippet(page, 'TypeScript');
	expect(said.slice(0, 2)).toEqual(['snippet.ts', 'result-codes.ts']);
	const folder = await folderWith(page, [said[0]!, code], said[1]);
	expect(readdirSync(folder).sort()).toEqual(['result-codes.ts', 'snippet.ts']);
	const [node, args] = command(said, 'node');
	expect(node).toBe('node');
	await runBoth(folder, process.execPath, args, LOG_LINE, NO_RESULT_401);
});

test('TypeScript: the copied snippet compiles with tsc --strict beside result-codes.ts and the package.json the guide names, and runs in Node', async ({
	page,
}) => {
	const { code, said } = await copySnippet(page, 'TypeScript');
	const folder = await folderWith(page, [said[0]!, code], said[1]);
	const packageJson = said.find((text) => text.startsWith('{'))!;
	writeFileSync(join(folder, 'package.json'), packageJson);
	// `npm install`, from what this project has installed, in the versions the guide asks for.
	expect(said).toContain('npm install');
	const { devDependencies } = JSON.parse(packageJson) as {
		devDependencies: Record<string, string>;
	};
	for (const [name, range] of Object.entries(devDependencies)) {
		const installed = join(process.cwd(), 'node_modules', name);
		const { version } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
			version: string;
		};
		expect(satisfiesCaret(version, range), `${name} ${version} is ${range}`).toBe(true);
		mkdirSync(join(folder, 'node_modules', name, '..'), { recursive: true });
		symlinkSync(installed, join(folder, 'node_modules', name));
	}
	const [npx, [tsc, ...args]] = command(said, 'npx');
	expect([npx, tsc]).toEqual(['npx', 'tsc']);
	await compile(folder, process.execPath, [
		join(folder, 'node_modules/typescript/bin/tsc'),
		...args,
	]);
	expect(said).toContain('node snippet.js');
	await runBoth(folder, process.execPath, ['snippet.js'], LOG_LINE, NO_RESULT_401);
});

/** Whether a version is within a caret range, as npm reads `^6.0.0`: the same major version, no older. */
function satisfiesCaret(version: string, range: string): boolean {
	const wanted = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range)?.slice(1).map(Number);
	const have = version.split('.').map(Number);
	if (!wanted) return false;
	return (
		have[0] === wanted[0] &&
		(have[1]! > wanted[1]! || (have[1] === wanted[1] && have[2]! >= wanted[2]!))
	);
}
