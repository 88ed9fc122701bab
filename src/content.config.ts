/**
 * The shape of the site's data, defined once: data/codes.json and data/commands.json become the
 * `codes` and `commands` collections; Starlight's own `docs` collection holds the prose pages.
 * Checks across entries and files (related codes exist, a command lists only known codes …) are in
 * src/lib/integrity.ts.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { CODE_CATEGORY_IDS } from './lib/categories';
import { RETRY_HELPS_IDS, TRIAGE_ACTOR_IDS } from './lib/triage';
import { jsonDataFile } from './lib/json-data-loader';

/** Where the data files are read from; the benchmark points this at generated data. */
const dataDir = process.env.VDG_DATA_DIR ?? 'data';
export const CODES_FILE = `${dataDir}/codes.json`;
export const COMMANDS_FILE = `${dataDir}/commands.json`;

/** Our own prose. Backticks mark `code`; nothing else is markup. */
const prose = z.string().trim().min(1, 'must not be empty');
const resultCode = z.int();

export const codeSchema = z.strictObject({
	/** 0 or negative: positive values are command-specific results, not codes of this table. */
	code: resultCode.max(0, 'must be 0 or negative: positive values are command-specific, not result codes'),
	/** As the vendor's Result Codes table gives it, verbatim. */
	name: z.string().min(1, 'must not be empty'),
	/** The table's remark for the code, verbatim; empty where the table gives none. */
	message: z.string(),
	category: z.enum(CODE_CATEGORY_IDS),
	summary: prose,
	/**
	 * Our reading of who acts first (the caller, an administrator, nobody but time, the vendor's
	 * support; `none` for success) and whether the same request sent again can help, with why.
	 */
	triage: z.strictObject({
		actsFirst: z.enum(TRIAGE_ACTOR_IDS),
		retry: z.enum(RETRY_HELPS_IDS),
		note: prose,
	}),
	explanation: z.array(prose).min(1),
	/** Why the code happens, and how to fix it: for every error; none for success (0). */
	causes: z.array(prose).default([]),
	fixes: z.array(prose).default([]),
	/** A request that gets this code and, where it helps, the same request corrected. */
	example: z
		.strictObject({ request: prose, fixed: prose.optional(), note: prose })
		.optional(),
	related: z.array(resultCode).default([]),
	/**
	 * How sure the number is: `confirmed` on command pages, only from the table's `row-order`,
	 * `conflicting` between vendor pages, or used on command pages but `not-in-table`.
	 */
	provenance: z.enum(['confirmed', 'row-order', 'conflicting', 'not-in-table']),
	/** Vendor pages that show the code, and what each shows. */
	sources: z.array(z.strictObject({ url: z.url(), title: prose, says: prose })).min(1),
	/** The vendor's own inconsistencies about this code, in our words. */
	notes: z.array(prose).default([]),
	/** Other wordings of the name or message on vendor pages, verbatim, so that search finds them. */
	wordings: z.array(z.strictObject({ text: z.string().min(1), where: prose })).default([]),
	/**
	 * Words that support engineers and customers use for this code and the vendor does not
	 * ("database down", "access denied"): shown on the page as "Also searched as" and indexed with it.
	 */
	searchTerms: z.array(prose).min(1),
}).superRefine((entry, context) => {
	const success = entry.code === 0;
	for (const field of ['causes', 'fixes'] as const) {
		if (!success && entry[field].length === 0) {
			context.addIssue({ code: 'custom', path: [field], message: 'an error needs at least one' });
		} else if (success && entry[field].length > 0) {
			context.addIssue({ code: 'custom', path: [field], message: 'code 0 is success: it has none' });
		}
	}
	if (success !== (entry.triage.actsFirst === 'none')) {
		context.addIssue({
			code: 'custom',
			path: ['triage', 'actsFirst'],
			message: success ? 'code 0 is success: "none" acts first' : '"none" is for code 0 (success) only',
		});
	}
});

const parameter = z.strictObject({
	name: z.string().min(1, 'must not be empty'),
	type: z.string().min(1, 'must not be empty'),
	description: z.string(),
});

export const commandSchema = z.strictObject({
	/** As the vendor writes it; the API itself is case-insensitive. */
	name: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'must be a command name such as getClips'),
	category: prose,
	/** The vendor's article id, e.g. CA-20220907-TP-45, where known. */
	article: prose.optional(),
	summary: prose,
	request: prose,
	parameters: z.array(parameter).default([]),
	codes: z.strictObject({
		/** Listed in the result table of the command's vendor page. */
		listed: z.array(resultCode),
		/** Not listed there, but likely by meaning: our reading, not the vendor's. */
		likely: z.array(resultCode).default([]),
		/** What is known about the completeness of the vendor's list. */
		note: prose.optional(),
	}),
	/** True where the vendor's page says the function requires an API license. */
	apiLicense: z.boolean().default(false),
	status: z.enum(['current', 'deprecated', 'removed']).default('current'),
	since: prose.optional(),
	changelog: z.array(prose).default([]),
	notes: z.array(prose).default([]),
	vendorUrls: z.array(z.url()).min(1),
});

export type ResultCode = z.output<typeof codeSchema>;
export type Command = z.output<typeof commandSchema>;

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	codes: defineCollection({ loader: jsonDataFile(CODES_FILE, 'code', codeSchema), schema: codeSchema }),
	commands: defineCollection({
		loader: jsonDataFile(COMMANDS_FILE, 'name', commandSchema),
		schema: commandSchema,
	}),
};
