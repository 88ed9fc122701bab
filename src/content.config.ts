/**
 * The collections: data/codes.json, data/commands.json, data/general-rules.json and
 * data/vocabulary.json (their shapes in src/schemas/, loaded by src/reference/loader.ts), and
 * Starlight's own: `docs` for the prose pages, `i18n` for the UI strings, Starlight's and ours
 * (src/content/i18n/, where a language would add its file).
 */
import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import en from './content/i18n/en.json';
import { jsonEntries } from './reference/loader';
import { codeSchema } from './schemas/code';
import { commandSchema } from './schemas/command';
import { generalRuleSchema } from './schemas/general-rule';
import { vocabularyGroupSchema } from './schemas/vocabulary';
import { settings } from './settings';
import type { WordKey } from './views/words';

const data = jsonEntries({
	codes: { fileName: settings.dataFiles.codes, key: 'code', schema: codeSchema },
	commands: { fileName: settings.dataFiles.commands, key: 'name', schema: commandSchema },
	rules: { fileName: settings.dataFiles.rules, key: 'id', schema: generalRuleSchema },
	vocabulary: { fileName: settings.dataFiles.vocabulary, key: 'id', schema: vocabularyGroupSchema },
});

/** Our UI strings, English first: another language may leave some out, and shows them in English. */
const ourStrings = z.object(
	Object.fromEntries(Object.keys(en).map((key) => [key, z.string().optional()])),
) as z.ZodObject<Record<WordKey, z.ZodOptional<z.ZodString>>>;

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: ourStrings }) }),
	codes: defineCollection({ loader: data.codes }),
	commands: defineCollection({ loader: data.commands }),
	rules: defineCollection({ loader: data.rules }),
	vocabulary: defineCollection({ loader: data.vocabulary }),
};
