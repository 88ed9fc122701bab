/**
 * The collections: data/codes.json and data/commands.json (their shapes in src/schemas/, loaded by
 * src/loaders/json-entries.ts), and Starlight's own: `docs` for the prose pages, `i18n` for its UI
 * strings (src/content/i18n/, where a language would add its file).
 */
import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { DATA_FILES } from './lib/data-files';
import { jsonEntries } from './loaders/json-entries';
import { codeSchema } from './schemas/code';
import { commandSchema } from './schemas/command';

const data = jsonEntries({
	codes: { fileName: DATA_FILES.codes, key: 'code', schema: codeSchema },
	commands: { fileName: DATA_FILES.commands, key: 'name', schema: commandSchema },
});

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	codes: defineCollection({ loader: data.codes }),
	commands: defineCollection({ loader: data.commands }),
};
