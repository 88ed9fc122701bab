import { readFile, writeFile } from 'node:fs/promises';
import type { AstroIntegrationLogger } from 'astro';
import { aliasPage, codeAliases, redirectsFile } from '../lib/aliases';
import { CODE_MAP_PATH, parseCodeMap } from '../search/code-map';
import { writeFiles } from './write-files';

/**
 * Writes the alias pages (/codes/18/, /codes/general-error/) into the build, from the built code
 * map: a few hundred bytes each, and no route for Astro to render, which keeps large builds lean.
 * Also writes `_redirects` for the hosts that read it. The data checks (src/lib/integrity.ts) make
 * sure no alias takes another page's URL.
 */
export async function writeAliasPages(dir: URL, base: string, logger: AstroIntegrationLogger): Promise<void> {
	const codes = parseCodeMap(await readFile(new URL(CODE_MAP_PATH, dir), 'utf8'));
	const names = new Map(codes.map(({ code, name }) => [code, name]));
	const aliases = codeAliases(codes).map(({ alias, code }) => ({
		alias,
		from: `${base}codes/${alias}/`,
		to: `${base}codes/${code}/`,
		title: `${code} ${names.get(code)}`,
	}));
	await writeFiles(
		aliases.map(({ alias, to, title }) => ({
			file: new URL(`codes/${encodeURIComponent(alias)}/index.html`, dir),
			content: aliasPage({ target: to, title }),
		}))
	);
	await writeFile(new URL('_redirects', dir), redirectsFile(aliases));
	logger.info(`Wrote ${aliases.length} alias pages and _redirects.`);
}
