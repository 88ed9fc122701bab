/**
 * The collections: data/codes.json and data/commands.json (their shapes in src/schemas/, loaded by
 * src/loaders/json-entries.ts), and Starlight's own `docs` collection for the prose pages.
 */
import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { DATA_FILES } from './lib/data-files';
import { jsonEntries } from './loaders/json-entries';
import { codeSchema } from './schemas/code';
import { commandSchema } from './schemas/command';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	codes: defineCollection({ loader: jsonEntries(DATA_FILES.codes, 'code', codeSchema) }),
	commands: defineCollection({ loader: jsonEntries(DATA_FILES.commands, 'name', commandSchema) }),
};
