/**
 * Rules on the data's prose and examples, checked from the data alone, that keep the kinds of
 * mistake issue 25 found from coming back: examples that send what no command documents, prose
 * shared word for word between codes, triage that contradicts itself, prose and `codes.likely`
 * lists that name different commands, and more than one wording of what the vendor says about case;
 * and, since issue 36, what the data says of the vendor's pages: general rules that speak for the
 * vendor only where the vendor states them, and a command's copy, optional parameters and lists
 * said the same way in its fields and its prose.
 */
import { describe, expect, test } from 'vitest';
import type { ResultCode } from '../../src/schemas/code';
import type { Command } from '../../src/schemas/command';
import { requestParameters } from '../../src/utils/request-url';
// Read as the build reads them: through the collections' loader function.
import { codes, commands, reference, rules } from '../support/reference';

/** Commands by name in lower case: the API is case-insensitive about command names. */
const commandByName = new Map(commands.map((command) => [command.name.toLowerCase(), command]));

const isPlaceholder = (value: string) => /^\[[^\]]*\]$/.test(value);

/** The names a command documents, in lower case: its parameter table (`cameraid / deviceid` and `pan/tilt/…` name several) and its request line. */
function documentedNames(command: Command): Set<string> {
	const fromTable = command.parameters.flatMap((parameter) =>
		parameter.name.split('/').map((name) => name.trim().toLowerCase()),
	);
	const fromLine = command.request.startsWith('command=')
		? requestParameters(command.request)
				.map(([name]) => name.toLowerCase())
				.filter((name) => !isPlaceholder(name))
		: [];
	return new Set(['command', ...fromTable, ...fromLine]);
}

/** A parameter of the form `<action parameter>` stands for names the command's page cannot list. */
const acceptsOtherNames = (command: Command) =>
	command.parameters.some((parameter) => parameter.name.startsWith('<'));

/** Names of the parameters a command documents as `[timestamp]`, in lower case. */
const timestampNames = (command: Command) =>
	new Set(
		command.parameters
			.filter((parameter) => parameter.type.toLowerCase() === '[timestamp]')
			.flatMap((parameter) => parameter.name.split('/').map((name) => name.trim().toLowerCase())),
	);

/**
 * A timestamp as it is sent: percent-encoded, so letters, digits, `-._~:/` and `%XX` escapes only.
 * The space between date and time goes out as `%20`, never raw or as `+`, and a `+` of a zone as `%2B`.
 */
const ENCODED_TIMESTAMP = /^(?:[A-Za-z0-9\-._~:/]|%[0-9A-Fa-f]{2})*$/;

const examples = codes.flatMap((entry) =>
	entry.example === undefined
		? []
		: [
				{ entry, which: 'request', request: entry.example.request },
				...(entry.example.fixed === undefined
					? []
					: [{ entry, which: 'fixed', request: entry.example.fixed }]),
			],
);

describe('examples', () => {
	test('are query strings that name a command documented in data/commands.json', () => {
		const problems = examples.flatMap(({ entry, which, request }) => {
			if (!request.startsWith('command='))
				return [`${entry.code} ${which}: not a query string "command=…": ${request}`];
			return reference.commandOfRequest(request) === undefined
				? [`${entry.code} ${which}: names no documented command: ${request}`]
				: [];
		});
		expect(problems).toEqual([]);
	});

	test('send only parameters that their command documents', () => {
		const problems = examples.flatMap(({ entry, which, request }) => {
			const parameters = requestParameters(request);
			const command = reference.commandOfRequest(request);
			if (command === undefined || acceptsOtherNames(command)) return [];
			const documented = documentedNames(command);
			return parameters
				.filter(([name]) => !documented.has(name.toLowerCase()))
				.map(
					([name]) =>
						`${entry.code} ${which}: \`${command.name}\` documents no parameter "${name}"`,
				);
		});
		expect(problems).toEqual([]);
	});

	test('send every timestamp percent-encoded, its space as %20', () => {
		const problems = examples.flatMap(({ entry, which, request }) => {
			const parameters = requestParameters(request);
			const command = reference.commandOfRequest(request);
			if (command === undefined) return [];
			const timestamps = timestampNames(command);
			return parameters
				.filter(
					([name, value]) =>
						timestamps.has(name.toLowerCase()) &&
						!isPlaceholder(value) &&
						!ENCODED_TIMESTAMP.test(value),
				)
				.map(([name, value]) => `${entry.code} ${which}: ${name}=${value}`);
		});
		expect(problems).toEqual([]);
	});

	test('pair a code with a command that lists it, or likely returns it', () => {
		const problems = examples.flatMap(({ entry, which, request }) => {
			const command = reference.commandOfRequest(request);
			if (command === undefined || which === 'fixed') return [];
			const { listed, likely } = command.codes;
			return listed.includes(entry.code) || likely.includes(entry.code)
				? []
				: [
						`${entry.code}: \`${command.name}\` has ${entry.code} in neither codes.listed nor codes.likely`,
					];
		});
		expect(problems).toEqual([]);
	});

	test('say “<code> is the probable answer” exactly where the command’s vendor page does not list the code', () => {
		const problems = codes.flatMap((entry) => {
			if (entry.example === undefined) return [];
			const command = reference.commandOfRequest(entry.example.request);
			if (command === undefined) return [];
			const probable = !command.codes.listed.includes(entry.code);
			const says = entry.example.note.includes(`${entry.code} is the probable answer`);
			if (probable && !says)
				return [
					`${entry.code}: \`${command.name}\` does not list ${entry.code}, and the note does not say “${entry.code} is the probable answer”`,
				];
			if (!probable && /probable answer/.test(entry.example.note))
				return [
					`${entry.code}: \`${command.name}\` lists ${entry.code}, yet the note calls it probable`,
				];
			return [];
		});
		expect(problems).toEqual([]);
	});

	test('give no other code than their own as the answer the request gets', () => {
		const answer =
			/\b(?:answers|gets|returns)\s+(0|-\d+)\b|(?<![\w-])(0|-\d+) is the (?:probable |likely )?answer/g;
		const problems = codes.flatMap((entry) =>
			[...(entry.example?.note ?? '').matchAll(answer)]
				.map((match) => Number(match[1] ?? match[2]))
				.filter((code) => code !== entry.code)
				.map((code) => `${entry.code}: the example's note gives ${code} as the answer`),
		);
		expect(problems).toEqual([]);
	});
});

/** The prose of a code that says why it happens and what to do, field by field. */
const ownProse = (entry: ResultCode): [field: string, text: string][] => [
	...entry.causes.map((text, index): [string, string] => [`causes[${index}]`, text]),
	...entry.fixes.map((text, index): [string, string] => [`fixes[${index}]`, text]),
	...entry.notes.map((text, index): [string, string] => [`notes[${index}]`, text]),
	['triage.note', entry.triage.note],
];

/** What the vendor says about case (its Important notes page), in the one wording the data uses for it. */
const VENDOR_CASE_RULE = 'The vendor says HTTP requests and commands are case-insensitive';

/** Sentences, and clauses split at `;`, of a text. */
const sentences = (text: string) =>
	text
		.split(/(?<=[.!?;])\s+(?=[A-Z`“"(-])|;\s+/)
		.map((sentence) => sentence.trim())
		.filter((sentence) => sentence !== '');

/** Lower case, without the code's own number and the marks around words: what "word for word" compares. */
const normalized = (text: string, code: number) =>
	text
		.replaceAll(String(code), '#')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}#]+/gu, ' ')
		.trim();

describe('causes, fixes, notes and triage notes', () => {
	test('are not shared word for word by two codes, whole or sentence by sentence', () => {
		const seen = new Map<string, string[]>();
		for (const entry of codes) {
			for (const [field, text] of ownProse(entry)) {
				const units = new Set([
					normalized(text, entry.code),
					...sentences(text).map((sentence) => normalized(sentence, entry.code)),
				]);
				units.delete(normalized(VENDOR_CASE_RULE, entry.code)); // the vendor's words, the same wherever they are cited
				for (const unit of units) {
					// Short clauses ("Both are optional.") may recur; a shared sentence of eight words or more is copied.
					if (unit.split(' ').length < 8) continue;
					seen.set(unit, [...(seen.get(unit) ?? []), `${entry.code} ${field}`]);
				}
			}
		}
		const shared = [...seen]
			.filter(([, places]) => new Set(places.map((place) => place.split(' ')[0])).size > 1)
			.map(([unit, places]) => `${places.join(', ')}: “${unit}”`);
		expect(shared).toEqual([]);
	});
});

describe('triage', () => {
	test('has retry “yes” wherever the first actor is “wait”', () => {
		const contradicting = codes
			.filter((entry) => entry.triage.actsFirst === 'wait' && entry.triage.retry !== 'yes')
			.map((entry) => `${entry.code}: wait, retry ${entry.triage.retry}`);
		expect(contradicting).toEqual([]);
	});
});

/** Every field of a code that is our prose, as rendered on its page. */
const allProse = (entry: ResultCode): string[] => [
	entry.summary,
	...entry.explanation,
	...entry.causes,
	...entry.fixes,
	entry.triage.note,
	...(entry.example ? [entry.example.note] : []),
	...entry.notes,
];

/** The documented commands a text names as `code`, in lower case. */
const commandsNamed = (text: string) =>
	[...text.matchAll(/`([A-Za-z][A-Za-z0-9]*)`/g)]
		.map((match) => match[1].toLowerCase())
		.filter((name) => commandByName.has(name));

const returningCommands = (code: number) =>
	new Set(
		commands
			.filter(
				(command) => command.codes.listed.includes(code) || command.codes.likely.includes(code),
			)
			.map((command) => command.name.toLowerCase()),
	);

describe('prose and the commands’ code lists', () => {
	test('a code no vendor page lists names, in its prose, every command that has it in codes.likely', () => {
		const problems = codes.flatMap((entry) => {
			if (commands.some((command) => command.codes.listed.includes(entry.code))) return [];
			const named = new Set(allProse(entry).flatMap(commandsNamed));
			return commands
				.filter(
					(command) =>
						command.codes.likely.includes(entry.code) && !named.has(command.name.toLowerCase()),
				)
				.map(
					(command) =>
						`${entry.code}: \`${command.name}\` has it in codes.likely, but the code's prose never names \`${command.name}\``,
				);
		});
		expect(problems).toEqual([]);
	});

	test('a sentence that names a likely or probable source names only commands that list the code or have it in codes.likely', () => {
		const source =
			/\b(?:likely|likelier|likeliest|probable) sources?\b|\bprobably (?:concerns|comes from|belongs to)\b|\bmost likely belongs to\b/i;
		const problems = codes.flatMap((entry) => {
			const returning = returningCommands(entry.code);
			return entry.explanation
				.flatMap(sentences)
				.filter((sentence) => source.test(sentence))
				.flatMap((sentence) =>
					commandsNamed(sentence)
						.filter((name) => !returning.has(name))
						.map(
							(name) =>
								`${entry.code}: names \`${commandByName.get(name)?.name}\` as a source, but neither of its code lists has ${entry.code}: “${sentence}”`,
						),
				);
		});
		expect(problems).toEqual([]);
	});
});

describe('what the vendor says about case', () => {
	test('is given in one wording, the vendor’s: HTTP requests and commands are case-insensitive', () => {
		const texts: [string, string][] = [
			...codes.flatMap((entry) =>
				allProse(entry).map((text): [string, string] => [String(entry.code), text]),
			),
			...commands.flatMap((command) =>
				[
					command.summary,
					command.codes.note ?? '',
					...command.parameters.map((parameter) => parameter.description),
					...command.notes,
				].map((text): [string, string] => [command.name, text]),
			),
		];
		const otherWording = texts.filter(
			([, text]) => /case-insensitive/i.test(text) && !text.includes(VENDOR_CASE_RULE),
		);
		expect(otherWording.map(([where, text]) => `${where}: ${text}`)).toEqual([]);
	});
});

describe('general rules', () => {
	test('say “the vendor says” exactly where the vendor states the rule, and hedge our reading', () => {
		const problems = rules.flatMap((rule) => {
			const vendors = rule.scope !== 'any-request';
			const says = /\bthe vendor says\b/i.test(rule.statement);
			if (vendors !== says)
				return [
					`${rule.id}: scope ${rule.scope}, yet the statement ${says ? 'says' : 'does not say'} “the vendor says”`,
				];
			if (!vendors && !/\bprobably\b/.test(rule.statement))
				return [`${rule.id}: our reading, yet the statement does not hedge (“probably”)`];
			return [];
		});
		expect(problems).toEqual([]);
	});

	test('name the code they are about in their statement', () => {
		const problems = rules.flatMap((rule) =>
			rule.codes
				.filter((code) => !rule.statement.includes(String(code)))
				.map((code) => `${rule.id}: ${code} is not named in “${rule.statement}”`),
		);
		expect(problems).toEqual([]);
	});

	test('of our reading quote the code’s own words on the vendor’s table', () => {
		const problems = rules
			.filter((rule) => rule.scope === 'any-request')
			.flatMap((rule) =>
				rule.codes.flatMap((code) => {
					const entry = reference.code(code)!;
					return [entry.name, entry.message].includes(rule.vendor.says)
						? []
						: [`${rule.id}: “${rule.vendor.says}” is neither the name nor the message of ${code}`];
				}),
			);
		expect(problems).toEqual([]);
	});
});

describe('what a command’s fields and prose say of its vendor page', () => {
	test('a parameter is optional exactly where its description says so, or gives its default', () => {
		const problems = commands.flatMap((command) =>
			command.parameters
				.filter(
					(parameter) =>
						parameter.optional !== /\b(?:optional|omitted|default)\b/i.test(parameter.description),
				)
				.map(
					(parameter) =>
						`${command.name}: ${parameter.name}: optional is ${parameter.optional}, but its description: “${parameter.description}”`,
				),
		);
		expect(problems).toEqual([]);
	});

	test('a list our copy does not hold whole is said so in the note, and only then', () => {
		const cutOff = /copy[^.]*(?:ends before|cut off|has no result table)|empty in the copy/i;
		const problems = commands.flatMap((command) => {
			const { table, note = '' } = command.codes;
			if ((table === 'cut-off') !== cutOff.test(note))
				return [`${command.name}: codes.table is ${table}, but its note: “${note}”`];
			if ((table === 'none') !== /page has no result table/i.test(note))
				return [`${command.name}: codes.table is ${table}, but its note: “${note}”`];
			return [];
		});
		expect(problems).toEqual([]);
	});

	test('a request line cut off is said so in the request, and only then', () => {
		const problems = commands
			.filter((command) => command.requestCutOff !== command.request.includes('not reached'))
			.map(
				(command) =>
					`${command.name}: requestCutOff is ${command.requestCutOff}: ${command.request}`,
			);
		expect(problems).toEqual([]);
	});
});
