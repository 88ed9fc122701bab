/**
 * A Vite plugin for files that must carry their script inline (the offline edition, opened from
 * file://, may load nothing): `import script from './app.ts?inline-script'` gives that module
 * bundled with everything it imports into one minified script, as a string.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';

const SUFFIX = '?inline-script';

/** The browsers the script must run in: those an isolated network may still have, years on. */
const TARGET = 'es2020';

export function inlineScript() {
	return {
		name: 'vdg-sense-inline-script',
		async load(this: { addWatchFile(file: string): void }, id: string) {
			if (!id.endsWith(SUFFIX)) return undefined;
			const { outputFiles, metafile } = await build({
				entryPoints: [id.slice(0, -SUFFIX.length)],
				bundle: true,
				write: false,
				minify: true,
				format: 'iife',
				target: TARGET,
				legalComments: 'none',
				// Vite's variables do not exist in a file opened by itself: the site's base is its root.
				define: { 'import.meta.env': '{}' },
				metafile: true,
			});
			// Under `astro dev`, an edit to any of the bundled modules makes the importer load again.
			for (const input of Object.keys(metafile.inputs)) this.addWatchFile(resolve(input));
			return `export default ${JSON.stringify(outputFiles[0]!.text)};`;
		},
	};
}
