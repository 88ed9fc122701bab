/** The shape of an entry of data/codes.json: one result code. */
import { z } from 'astro/zod';
import { CODE_CATEGORY_IDS } from './categories';
import { prose, resultCode } from './fields';
import { PROVENANCE_IDS } from './provenance';
import { RETRY_HELPS_IDS, TRIAGE_ACTOR_IDS } from './triage';

/** The fields of a code; codeSchema adds the checks between them. */
export const codeFields = z.strictObject({
	/** 0 or negative: positive values are command-specific results, not codes of this table. */
	code: resultCode.max(
		0,
		'must be 0 or negative: positive values are command-specific, not result codes',
	),
	/** As the vendor's Result Codes table gives it, verbatim. */
	name: z.string().min(1, 'must not be empty'),
	/** The table's remark for the code, verbatim; empty where the table gives none. */
	message: z.string(),
	/** One of the groups in src/schemas/categories.ts. */
	category: z.enum(CODE_CATEGORY_IDS),
	/** One sentence, ours: what the code means. */
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
	/** What the code means, in a few paragraphs. */
	explanation: z.array(prose).min(1),
	/** Why the code happens in a real system: for every error; none for success (0). */
	causes: z.array(prose).default([]),
	/** What to do, step by step: for every error; none for success (0). */
	fixes: z.array(prose).default([]),
	/** A request that gets this code (URL-encoded, as sent) and, where it helps, the same request corrected. */
	example: z.strictObject({ request: prose, fixed: prose.optional(), note: prose }).optional(),
	/** Other codes worth reading next. */
	related: z.array(resultCode).default([]),
	/** How sure the number is: one of src/schemas/provenance.ts. */
	provenance: z.enum(PROVENANCE_IDS),
	/** Vendor pages that show the code, and what each shows. */
	sources: z.array(z.strictObject({ url: z.url(), title: prose, says: prose })).min(1),
	/** The vendor's own inconsistencies about this code, in our words. */
	notes: z.array(prose).default([]),
	/** Other wordings of the name or message on vendor pages, verbatim, so that search finds them. */
	wordings: z.array(z.strictObject({ text: z.string().min(1), where: prose })).default([]),
	/**
	 * Words that support engineers and customers use for this code and the vendor does not
	 * ("database down", "access denied"): shown on the page as "Also searched as" and indexed.
	 */
	searchTerms: z.array(prose).min(1),
});

export const codeSchema = codeFields.superRefine((entry, context) => {
	const success = entry.code === 0;
	for (const field of ['causes', 'fixes'] as const) {
		if (!success && entry[field].length === 0) {
			context.addIssue({ code: 'custom', path: [field], message: 'an error needs at least one' });
		} else if (success && entry[field].length > 0) {
			context.addIssue({
				code: 'custom',
				path: [field],
				message: 'code 0 is success: it has none',
			});
		}
	}
	if (success !== (entry.triage.actsFirst === 'none')) {
		context.addIssue({
			code: 'custom',
			path: ['triage', 'actsFirst'],
			message: success
				? 'code 0 is success: "none" acts first'
				: '"none" is for code 0 (success) only',
		});
	}
});

export type ResultCode = z.output<typeof codeSchema>;
