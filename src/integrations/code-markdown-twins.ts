import { readFile } from 'node:fs/promises';
import type { AstroIntegrationLogger } from 'astro';
import { splitCodeMarkdown } from '../lib/markdown';
import { writeFiles } from './write-files';

/**
 * Writes each code's Markdown twin (/codes/-18.md) into the build, as its section of
 * /llms-full.txt, which holds them all: one route renders the Markdown of every code once, rather
 * than a route per code, which keeps large builds lean.
 */
export async function writeMarkdownTwins(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
	const twins = splitCodeMarkdown(await readFile(new URL('llms-full.txt', dir), 'utf8'));
	await writeFiles(twins.map(({ code, markdown }) => ({ file: new URL(`codes/${code}.md`, dir), content: markdown })));
	logger.info(`Wrote ${twins.length} Markdown twins of code pages.`);
}
