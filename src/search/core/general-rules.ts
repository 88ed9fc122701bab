/**
 * The general rules (data/general-rules.json) that tie a code to a request whatever its command's
 * own list says: the vendor's (-18 for any unhandled error, -4 for a bad time on any command that
 * takes one) and our reading of codes about the server, its database or the user's rights, which
 * any request can probably get. Pure: it runs in the browser.
 */
import type { KnownCommand, KnownRule } from '../../schemas/search-data';

/** True where the vendor states the rule itself, rather than our reading of the code's words. */
export const isVendorRule = (rule: Pick<KnownRule, 'scope'>) => rule.scope !== 'any-request';

/** True where the command takes a time: a parameter typed `[timestamp]`. */
const takesTime = (command: KnownCommand) =>
	command.parameters.some((parameter) => parameter.timestamp);

/**
 * The rules that tie `code` to a request for `command`; for a command the reference does not
 * document, the rules that hold whatever the command.
 */
export function rulesConnecting(
	code: number,
	command: KnownCommand | undefined,
	rules: readonly KnownRule[],
): KnownRule[] {
	return rules.filter(
		(rule) =>
			rule.codes.includes(code) &&
			(rule.scope !== 'time-parameter' || (command !== undefined && takesTime(command))),
	);
}
