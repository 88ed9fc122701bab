import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { docsLoader as starlightDocs } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
	docs: defineCollection({ loader: starlightDocs(), schema: docsSchema() }),
	codes: defineCollection({ loader: file(`${process.env.VDG_DATA_DIR}/codes.json`, { parser: (text) => JSON.parse(text).map((entry: { code: number }) => ({ ...entry, id: String(entry.code) })) }) }),
};
