/**
 * A pasted request, read against what its command's page documents: the request line found in the
 * text (a URL, a query string, or a log line holding one), the command it calls, the documented
 * parameters it does not send, the parameters it sends that the command does not document (with
 * the nearest documented name, for a typo such as `severid`), and timestamps that are not in the
 * vendor's form or not URL-encoded. It says only what the command's page documents: never that a
 * parameter is required. Pure: it runs in the browser.
 */
import { parameterValue, requestedCommand, requestParameters } from '../../utils/request-url';
import type { KnownCommand } from '../../schemas/search-data';
import { nearestWord } from './typos';

/**
 * A request line: a URL or a bare query string from `command=`, up to a space, a quote or the start
 * of the result. A space inside a timestamp (`starttime=2026-11-26 10:00:00`), sent unencoded, stays
 * part of it.
 */
const REQUEST_LINE = /(?:https?:\/\/[^\s?<>"]*\?)?\bcommand=(?:[^\s<>"]|\s(?=\d{1,2}:\d{2}))*/iu;

/** The time forms the vendor's pages show: `yyyy-mm-dd hh:nn:ss`, with `.zzz` where the command takes milliseconds. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,3})?$/;

interface TimestampProblem {
	name: string;
	problem: 'format' | 'space' | 'plus';
}

export interface RequestDiagnosis {
	/** The request line, as pasted. */
	request: string;
	/** The command name the request gives, as written. */
	commandName: string;
	/** The documented command it calls, where there is one. */
	command?: KnownCommand;
	/** Documented parameters it does not send, by their first name. */
	missing: string[];
	/** Parameters it sends that the command does not document, with the nearest documented name where one is close. */
	undocumented: { name: string; suggestion?: string }[];
	timestamps: TimestampProblem[];
}

/** The request line in pasted text, if there is one. */
export function findRequest(text: string): string | undefined {
	return REQUEST_LINE.exec(text.slice(0, 20_000))?.[0];
}

/** The documented command a request calls: by name, or, for an action, the command that runs it. */
function commandOf(
	parameters: [string, string][],
	commands: readonly KnownCommand[],
): KnownCommand | undefined {
	return requestedCommand(
		parameters,
		(name) => commands.find((command) => command.name.toLowerCase() === name.toLowerCase()),
		(action) => commands.find((command) => command.action === action),
	);
}

function decoded(value: string): string | undefined {
	try {
		return decodeURIComponent(value);
	} catch {
		return undefined;
	}
}

function timestampProblem(name: string, value: string): TimestampProblem | undefined {
	if (value === '' || /^\[.*\]$/.test(value)) return undefined;
	if (value.includes(' ')) return { name, problem: 'space' };
	if (value.includes('+')) return { name, problem: 'plus' };
	const time = decoded(value);
	return time !== undefined && TIMESTAMP.test(time) ? undefined : { name, problem: 'format' };
}

/** Reads a request line against the commands' documentation. */
export function diagnoseRequest(
	request: string,
	commands: readonly KnownCommand[],
): RequestDiagnosis {
	const query = request.replace(/^[^?]*\?/, '');
	const parameters = requestParameters(query).filter(([name]) => name !== '');
	const commandName = parameterValue(parameters, 'command') ?? '';
	const command = commandOf(parameters, commands);
	if (!command) return { request, commandName, missing: [], undocumented: [], timestamps: [] };

	const sent = new Set(parameters.map(([name]) => name.toLowerCase()));
	const documented = new Set([
		'command',
		...command.parameters.flatMap((parameter) => parameter.names),
		...command.lineNames,
		...(command.action ? ['actionname'] : []),
	]);
	const timestampNames = new Set(
		command.parameters
			.filter((parameter) => parameter.timestamp)
			.flatMap((parameter) => parameter.names),
	);
	return {
		request,
		commandName,
		command,
		missing: command.parameters
			.filter((parameter) => !parameter.names.some((name) => sent.has(name)))
			.map((parameter) => parameter.names[0]!),
		undocumented: command.acceptsOthers
			? []
			: parameters
					.filter(([name]) => !documented.has(name.toLowerCase()))
					.map(([name]) => {
						const suggestion = nearestWord(name.toLowerCase(), [...documented]);
						return suggestion ? { name, suggestion } : { name };
					}),
		timestamps: parameters.flatMap(([name, value]) =>
			timestampNames.has(name.toLowerCase()) ? (timestampProblem(name, value) ?? []) : [],
		),
	};
}
