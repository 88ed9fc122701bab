/** The shape of an entry of data/commands.json: one API command. */
import { z } from 'astro/zod';
import { prose, resultCode } from './fields';

const parameter = z.strictObject({
	/** As the vendor writes it: `serverid`. */
	name: z.string().min(1, 'must not be empty'),
	/** As the vendor writes it: `[UID]`. */
	type: z.string().min(1, 'must not be empty'),
	/** True where the vendor's page marks it optional, gives its default, or says what leaving it out does. */
	optional: z.boolean().default(false),
	description: z.string(),
	/**
	 * Other names the vendor's pages give the same parameter: the request line's, where it differs
	 * from the table's (`deviceid` beside `cameraid`), or an earlier version's (`custommessageindex`).
	 */
	otherNames: z.array(z.string().regex(/^\w+$/, 'must be a parameter name')).default([]),
});

/**
 * How much of the vendor's list of codes the copy of its page we have holds: all of it (`whole`),
 * not all (`cut-off`: the copy ends before the list, or partway through it), or the page has no
 * list at all (`none`).
 */
const CODE_TABLE_COPIES = ['whole', 'cut-off', 'none'] as const;

export const commandSchema = z.strictObject({
	/** As the vendor writes it; the API itself is case-insensitive. */
	name: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'must be a command name such as getClips'),
	/** The vendor's group, e.g. Media. */
	category: prose,
	/** The vendor's article id, e.g. CA-20220907-TP-45, where known. */
	article: prose.optional(),
	/** One sentence, ours: what the command does. */
	summary: prose,
	/** The request line, as the vendor writes it: `command=getClips&serverID=[UID]`. */
	request: prose,
	/** True where the copy of the vendor's page we have ends before its request line: what else it takes is not known. */
	requestCutOff: z.boolean().default(false),
	/** The name an earlier version of the vendor's page gives the command (`custommessage` for `osm`). */
	earlierName: z
		.string()
		.regex(/^[A-Za-z][A-Za-z0-9]*$/, 'must be a command name')
		.optional(),
	parameters: z.array(parameter).default([]),
	codes: z.strictObject({
		/** How much of the vendor's list the copy of its page we have holds. */
		table: z.enum(CODE_TABLE_COPIES).default('whole'),
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
	/** The version that added the command, as the vendor gives it. */
	since: prose.optional(),
	changelog: z.array(prose).default([]),
	notes: z.array(prose).default([]),
	/** The vendor's pages about the command. */
	vendorUrls: z.array(z.url()).min(1),
});

export type Command = z.output<typeof commandSchema>;
