/** The shape of an entry of data/commands.json: one API command. */
import { z } from 'astro/zod';
import { prose, resultCode } from './fields';

const parameter = z.strictObject({
	/** As the vendor writes it: `serverid`. */
	name: z.string().min(1, 'must not be empty'),
	/** As the vendor writes it: `[UID]`. */
	type: z.string().min(1, 'must not be empty'),
	description: z.string(),
});

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
	/** The version that added the command, as the vendor gives it. */
	since: prose.optional(),
	changelog: z.array(prose).default([]),
	notes: z.array(prose).default([]),
	/** The vendor's pages about the command. */
	vendorUrls: z.array(z.url()).min(1),
});

export type Command = z.output<typeof commandSchema>;
