/**
 * The shape of an entry of data/general-rules.json: a rule that ties a code to every command (or
 * every command of a kind), not to one command's list. The diagnosis of a pasted request, the
 * code's page and the offline edition read them from there.
 */
import { z } from 'astro/zod';
import { prose, resultCode } from './fields';

/**
 * Which requests a rule covers. `every-command` and `time-parameter` are the vendor's own rules:
 * it says so for every command, or for every command that takes a time (a parameter typed
 * `[timestamp]`). `any-request` is our reading of a code that names the server, its database or
 * the user's rights rather than something one command does.
 */
const RULE_SCOPES = ['every-command', 'time-parameter', 'any-request'] as const;

export const generalRuleSchema = z.strictObject({
	/** A name of the rule's own, for messages: `unhandled-error`. */
	id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case words joined by hyphens'),
	/** The codes it is about. */
	codes: z.array(resultCode).min(1, 'must name at least one code'),
	scope: z.enum(RULE_SCOPES),
	/**
	 * What it means for a request, in our words: one sentence, shown by the diagnosis and on the
	 * code's page. It says "the vendor says" exactly where the scope is the vendor's; elsewhere it is
	 * hedged ("probably").
	 */
	statement: prose,
	/** The vendor's sentence it rests on, verbatim, and where the vendor says it. */
	vendor: z.strictObject({
		says: z.string().min(1, 'must not be empty'),
		/** The vendor's page or table, as a reader names it: `Results page`. */
		page: prose,
		url: z.url().optional(),
	}),
});

export type GeneralRule = z.output<typeof generalRuleSchema>;
