import type { APIRoute } from 'astro';
import { CODES_SCHEMA_PATH } from '../lib/data-export';
import { codeMarkdownPath, llmsTxt } from '../lib/markdown';
import { SITE_DESCRIPTION, SITE_TITLE } from '../lib/site';
import { absoluteUrl, codePath, commandPath, sitePath } from '../lib/urls';
import { loadReference } from '../loaders/load-reference';
import { SDK_FILES } from '../sdk/files';

/** /llms.txt: what the site is, and a line and a link per code and command. */
export const GET: APIRoute = async ({ site }) => {
	const reference = await loadReference();
	const url = (path: string) => absoluteUrl(path, site);
	return new Response(
		llmsTxt({
			title: SITE_TITLE,
			description: SITE_DESCRIPTION,
			codes: reference.codes.map((entry) => ({
				...entry,
				page: url(codePath(entry.code)),
				markdown: url(codeMarkdownPath(entry.code)),
			})),
			commands: reference.commands.map((command) => ({ ...command, page: url(commandPath(command.name)) })),
			more: [
				['Reading a result', url(sitePath('results/')), 'what 0, negative and positive values mean, and how sure each number is'],
				['Handling result codes', url(sitePath('guides/handling-result-codes/')), 'reading results in curl, PowerShell, Python, C# and TypeScript'],
				['All codes as text', url(sitePath('llms-full.txt')), 'every code’s page as Markdown'],
				['/codes.json', url(sitePath('codes.json')), `every code as JSON (schema: ${url(sitePath(CODES_SCHEMA_PATH))})`],
				['/commands.json', url(sitePath('commands.json')), 'every command and its codes as JSON'],
				...Object.entries(SDK_FILES).map(([file, { language }]): [string, string, string] => [
					file,
					url(sitePath(`sdk/${file}`)),
					`the codes as ${language} constants`,
				]),
			],
		}),
		{ headers: { 'content-type': 'text/plain; charset=utf-8' } }
	);
};
