/**
 * The shape of an entry of data/vocabulary.json, the support vocabulary: a group of words and
 * phrases that mean the same to a support engineer, tied to the vendor's words they stand for.
 * Search reads a query through it (src/search/core/vocabulary.ts); data/README.md says how to write it.
 */
import { z } from 'astro/zod';

/** Words as a query holds them: letters, digits, spaces, `-` and `'`, in lower case. */
const phrase = z
	.string()
	.trim()
	.regex(
		/^[\p{Ll}\p{N}]+(?:[ '’-][\p{Ll}\p{N}]+)*$/u,
		"must be words in lower case, separated by spaces (letters, digits, - and ')",
	);

const groupFields = z.strictObject({
	/** The group's name, unique in the file, in lower case joined by -: how messages name it. */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by -'),
	/**
	 * The vendor's words the group stands for, as they stand in a code's name, message or other
	 * wording, or in a command's or parameter's name ("Not implemented", "multilayout"): a query
	 * that holds one of the group's phrases is also searched for them.
	 */
	vendor: z.array(z.string().trim().min(1, 'must not be empty')).min(1),
	/** What English-speaking engineers and customers say for them ("not supported"). */
	en: z.array(phrase).default([]),
	/** What Dutch-speaking ones say ("niet ondersteund"). */
	nl: z.array(phrase).default([]),
});

export const vocabularyGroupSchema = groupFields.superRefine((group, context) => {
	if (group.en.length + group.nl.length === 0)
		context.addIssue({
			code: 'custom',
			path: ['en'],
			message: 'a group needs at least one phrase, in "en" or "nl"',
		});
});

export type VocabularyGroup = z.output<typeof vocabularyGroupSchema>;
