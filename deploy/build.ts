/**
 * `npm run build`: Astro's build, its log without the line per page (rendered four at a time, those
 * lines come out interleaved, and Astro's own summary counts the pages). Everything else Astro
 * prints, warnings and errors included, passes through; the exit code is Astro's.
 *
 * Usage: node deploy/build.ts [astro build flags]
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], {
	stdio: ['ignore', 'pipe', 'inherit'],
});
for await (const line of createInterface({ input: astro.stdout })) {
	// "12:00:01   ├─ /codes/-18/index.html (+12ms)", and a "(+12ms)" left alone when lines interleave.
	if (!/[├└]─ /.test(line) && !/^\s*\(\+\d+ms\)\s*$/.test(line)) console.log(line);
}
process.exitCode = (await new Promise<number | null>((resolve) => astro.on('close', resolve))) ?? 1;
