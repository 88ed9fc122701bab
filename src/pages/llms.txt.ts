import type { APIRoute } from 'astro';
import { CONSTANTS_FILES } from '../outputs/constants/files';
import { llmsTxt } from '../outputs/markdown';
import { loadReference } from '../reference/load';
import {
	absoluteUrl,
	codeMarkdownPath,
	codePath,
	commandPath,
	constantsPath,
	PATHS,
} from '../urls';
import { wordsOf } from '../views/words';

/** /llms.txt: what the site is, and a line and a link per code and command. */
export const GET: APIRoute = async ({ site, locals }) => {
	const reference = await loadReference();
	const words = wordsOf(locals.t);
	const url = (path: string) => absoluteUrl(path, site);
	return new Response(
		llmsTxt({
			title: words('site.title'),
			description: words('site.description'),
			intro: words('llms.intro', { llmsFull: PATHS.llmsFull }),
			codes: reference.codes.map((entry) => ({
				...entry,
				page: url(codePath(entry.code)),
				markdown: url(codeMarkdownPath(entry.code)),
			})),
			commands: reference.commands.map((command) => ({
				...command,
				page: url(commandPath(command.name)),
			})),
			more: [
				[words('sidebar.results'), url(PATHS.results), words('llms.results')],
				[words('sidebar.guide'), url(PATHS.guide), words('llms.guide')],
				[words('llms.fullTitle'), url(PATHS.llmsFull), words('llms.full')],
				[
					PATHS.codesExport,
					url(PATHS.codesExport),
					words('llms.codesExport', { schema: url(PATHS.codesSchema) }),
				],
				[PATHS.commandsExport, url(PATHS.commandsExport), words('llms.commandsExport')],
				[
					PATHS.offlineEdition.replace(/^.*\//, ''),
					url(PATHS.offlineEdition),
					words('llms.offline'),
				],
				...Object.entries(CONSTANTS_FILES).map(([file, { language }]): [string, string, string] => [
					file,
					url(constantsPath(file)),
					words('llms.constants', { language }),
				]),
			],
		}),
		{ headers: { 'content-type': 'text/plain; charset=utf-8' } },
	);
};
