import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/host-config';

/** Writes `_headers` (Netlify, Cloudflare Pages) into the build, from src/lib/http-headers.ts. */
export function hostHeaders(): AstroIntegration {
	return {
		name: 'vdg-host-headers',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				await writeFile(new URL('_headers', dir), headersFile());
			},
		},
	};
}
