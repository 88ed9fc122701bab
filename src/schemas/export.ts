/**
 * The shape of the machine-readable export, /codes.json and /commands.json, made from the data's
 * own schemas; /codes.schema.json and /commands.schema.json are generated from it. Objects allow
 * more fields than these: fields may be added to the export without raising its version.
 */
import { z } from 'astro/zod';
import { codeFields } from './code';
import { commandSchema } from './command';
import { resultCode } from './fields';

/** The version of the export's shape: raised when a field is renamed or removed; adding one keeps it. */
export const EXPORT_VERSION = 1;

const exportedCode = z.looseObject({
	...codeFields.pick({
		code: true,
		name: true,
		message: true,
		summary: true,
		category: true,
		provenance: true,
		triage: true,
	}).shape,
	/** The code's page. */
	url: z.string(),
	/** The commands that return the code, by name: listed on their vendor page, or likely by meaning. */
	commands: z.looseObject({ listed: z.array(z.string()), likely: z.array(z.string()) }),
});

const exportedCommand = z.looseObject({
	...commandSchema.pick({ name: true, category: true, summary: true, request: true }).shape,
	/** The command's page. */
	url: z.string(),
	/** Its codes: listed on its vendor page, or likely by meaning. */
	codes: z.looseObject({ listed: z.array(resultCode), likely: z.array(resultCode) }),
});

export const codesExportSchema = z
	.looseObject({
		$schema: z.string().optional(),
		version: z.literal(EXPORT_VERSION),
		codes: z.array(exportedCode),
	})
	.meta({
		title: 'VDG Sense result codes',
		description: 'Every documented result code of the VDG Sense HTTP/XML API.',
	});

export const commandsExportSchema = z
	.looseObject({
		$schema: z.string().optional(),
		version: z.literal(EXPORT_VERSION),
		commands: z.array(exportedCommand),
	})
	.meta({
		title: 'VDG Sense commands',
		description:
			'The VDG Sense HTTP/XML API commands this reference covers, the result codes their vendor pages list, and those likely by meaning.',
	});

/** A JSON Schema (draft 2020-12) of an export, under its own address. */
export function exportJsonSchema(schema: z.ZodType, id: string): object {
	return { ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }), $id: id };
}
