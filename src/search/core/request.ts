/**
 * A pasted request, read against what its command's page documents: the request line found in the
 * text (a URL, a query string, or a log line holding one), read whole, the command it calls (an
 * action through `executeAction`, or a command by its earlier name), the documented parameters it
 * does not send (optional ones apart), the parameters it sends that the command does not document
 * (with the nearest documented name, for a typo such as `severid`), values sent with a raw space,
 * and times that are not in the vendor's form. It says only what the command's page documents:
 * never that a parameter is required. Pure: it runs in the browser.
 */
import { parameterValue, requestedCommand, requestParameters } from '../../utils/request-url';
import type { KnownCommand } from '../../schemas/search-data';
import { nearestWord } from './typos';

/** A parameter's name, and `&amp;` before it where the request was copied from HTML. */
const NAME = String.raw`[A-Za-z_][\w.\-[\]]*`;
/**
 * A raw space that does not end the request: between a date and its time (`starttime=2026-11-26 10:00:00`), or
 * inside a value that another parameter follows (`description=Gate 3 incident&startdate=…`),
 * without reaching another request.
 */
const INNER_SPACE = String.raw`(?:(?<=\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4})[ \t]+(?=\d{1,2}:\d{2})|[ \t]+(?=(?:(?!command=|https?:\/\/)[^&<>"\n])*&(?:amp;)?${NAME}=))`;
/** A value: up to a space, a quote or the start of a result; a `[placeholder]` may hold spaces. */
const VALUE = String.raw`(?:\[[^\]<>"\n]*\]|[^\s&<>"[]|\[|${INNER_SPACE})*`;
const AFTER_COMMAND = new RegExp(
	String.raw`\bcommand=${VALUE}(?:&(?:amp;)?${NAME}(?:=${VALUE})?)*`,
	'giu',
);
/** What stands before `command=` in the same request: the URL up to its `?`, and the parameters sent first. */
const BEFORE_COMMAND = new RegExp(
	String.raw`(?:(?:https?:\/\/)?[^\s?<>"]*\?)?(?:${NAME}=[^\s&<>"]*&(?:amp;)?)*$`,
	'u',
);

/** Longer input is cut: a pasted log excerpt is enough, and a keystroke must stay cheap. */
const MAX_TEXT = 20_000;

/** Where the request lines of a text stand, from the start of their URL or query to their last value. */
export function requestSpans(text: string): { start: number; end: number }[] {
	const searched = text.slice(0, MAX_TEXT);
	return [...searched.matchAll(AFTER_COMMAND)].map((match) => ({
		start:
			match.index -
			BEFORE_COMMAND.exec(searched.slice(Math.max(0, match.index - 2000), match.index))![0].length,
		end: match.index + match[0].length,
	}));
}

/** The first request line in pasted text, as pasted, if there is one. */
export function findRequest(text: string): string | undefined {
	const [span] = requestSpans(text);
	return span && text.slice(span.start, span.end);
}

/** The time forms the vendor's pages show: `yyyy-mm-dd hh:nn:ss`, with `.zzz` where the command takes milliseconds. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,3})?$/;
/** A zone at the end of a time: `Z`, `+01:00`, `-0500`, or `%2B01:00` encoded. */
const ZONE = /(?<=\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:Z|(?:\+|%2B|-)\d{2}:?\d{2})$/i;

type TimeProblem = 'format' | 'plus' | 'zone';

interface TimestampProblems {
	name: string;
	problems: TimeProblem[];
	/** The zone offset it sends, decoded (`+01:00`). */
	zone?: string;
}

export interface RequestDiagnosis {
	/** The request line, as pasted. */
	request: string;
	/** The command name the request gives, as written. */
	commandName: string;
	/**
	 * The documented command whose page documents the request: the one it names, the one whose
	 * action it runs through `executeAction`, or the one it names by an earlier name.
	 */
	command?: KnownCommand;
	/** `executeAction`, where the request runs the action of another command's page through it. */
	via?: KnownCommand;
	/**
	 * How the request names its command where the vendor's page writes it otherwise: by an earlier
	 * name (`custommessage` for `osm`), or by a name the vendor sends as an action (`startVideoTag`).
	 */
	naming?: 'earlier-name' | 'not-the-vendors-form';
	/** Documented parameters it does not send, by their first name: those not marked optional, and those that are. */
	missing: string[];
	missingOptional: string[];
	/** Parameters it sends that the command does not document, with the nearest documented name where one is close. */
	undocumented: { name: string; suggestion?: string }[];
	/** Parameters whose value holds a raw space. */
	unencoded: string[];
	timestamps: TimestampProblems[];
}

/** The documented command a request names, how it names it, and the command it runs an action through. */
function commandOf(
	parameters: [string, string][],
	commands: readonly KnownCommand[],
): Pick<RequestDiagnosis, 'command' | 'via' | 'naming'> {
	const written = (parameterValue(parameters, 'command') ?? '').toLowerCase();
	const named =
		commands.find((command) => command.name.toLowerCase() === written) ??
		commands.find((command) => command.earlierName === written);
	const command = requestedCommand(
		parameters,
		() => named,
		(action) => commands.find((other) => other.action?.toLowerCase() === action),
	);
	if (!command) return {};
	if (command !== named) return { command, ...(named ? { via: named } : {}) };
	if (command.action) return { command, naming: 'not-the-vendors-form' };
	if (command.name.toLowerCase() !== written) return { command, naming: 'earlier-name' };
	return { command };
}

function decoded(value: string): string | undefined {
	try {
		return decodeURIComponent(value);
	} catch {
		return undefined;
	}
}

/** What is wrong with a time as sent: every fault of it. */
function timestampProblems(name: string, value: string): TimestampProblems | undefined {
	if (value === '' || /^\[.*\]$/.test(value)) return undefined;
	const problems: TimeProblem[] = [];
	const zone = ZONE.exec(value)?.[0];
	let time = value;
	if (zone) {
		problems.push('zone');
		time = time.slice(0, -zone.length);
	}
	if (time.includes('+')) problems.push('plus');
	const text = decoded(time.replace(/\+/g, ' '));
	if (text === undefined || !TIMESTAMP.test(text)) problems.push('format');
	if (problems.length === 0) return undefined;
	const zoneText = zone && zone.toUpperCase() !== 'Z' ? decoded(zone) : zone;
	return { name, problems, ...(zoneText ? { zone: zoneText } : {}) };
}

const hasRawSpace = (value: string) => /\s/.test(value.replace(/\[[^\]]*\]/g, ''));

/** Reads a request line against the commands' documentation. */
export function diagnoseRequest(
	request: string,
	commands: readonly KnownCommand[],
): RequestDiagnosis {
	const query = request.replace(/^[^?]*\?/, '').replace(/&amp;/gi, '&');
	const parameters = requestParameters(query).filter(([name]) => name !== '');
	const commandName = parameterValue(parameters, 'command') ?? '';
	const found = commandOf(parameters, commands);
	const { command } = found;
	const nothing = { missing: [], missingOptional: [], undocumented: [], unencoded: [] };
	if (!command) return { request, commandName, ...nothing, timestamps: [] };
	// A request the vendor does not document as written is not checked against the page.
	if (found.naming === 'not-the-vendors-form')
		return { request, commandName, ...found, ...nothing, timestamps: [] };

	const sent = new Set(parameters.map(([name]) => name.toLowerCase()));
	const documented = new Set([
		'command',
		...command.parameters.flatMap((parameter) => parameter.names),
		...command.lineNames,
		...(command.action ? ['actionname'] : []),
		...(found.via?.parameters.flatMap((parameter) => parameter.names) ?? []),
	]);
	const timestampNames = new Set(
		command.parameters
			.filter((parameter) => parameter.timestamp)
			.flatMap((parameter) => parameter.names),
	);
	const notSent = command.parameters.filter(
		(parameter) => !parameter.names.some((name) => sent.has(name)),
	);
	return {
		request,
		commandName,
		...found,
		missing: notSent.filter((parameter) => !parameter.optional).map((p) => p.names[0]!),
		missingOptional: notSent.filter((parameter) => parameter.optional).map((p) => p.names[0]!),
		undocumented:
			command.acceptsOthers || command.requestCutOff
				? []
				: parameters
						.filter(([name]) => !documented.has(name.toLowerCase()))
						.map(([name]) => {
							const suggestion = nearestWord(name.toLowerCase(), [...documented]);
							return suggestion ? { name, suggestion } : { name };
						}),
		unencoded: parameters.filter(([, value]) => hasRawSpace(value)).map(([name]) => name),
		timestamps: parameters.flatMap(([name, value]) =>
			timestampNames.has(name.toLowerCase()) ? (timestampProblems(name, value) ?? []) : [],
		),
	};
}
