/**
 * Runs `astro build` into a folder of its own, from data/ or from another data folder; of this
 * project, or of another one that reads VDG_DATA_DIR (the build benchmark's baseline).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const root = new URL('../../', import.meta.url).pathname;
const ASTRO = `${root}node_modules/astro/bin/astro.mjs`;

export interface BuildResult {
	failed: boolean;
	output: string;
}

export async function astroBuild({
	outDir,
	dataDir,
	env = {},
	projectRoot = root,
}: {
	outDir: string;
	projectRoot?: string;
	dataDir?: string;
	/** More environment for the build, e.g. ISSUE_TRACKER_URL. */
	env?: Record<string, string>;
}): Promise<BuildResult> {
	try {
		// Astro's own script on the Node that runs this one (the project's Node 24), from the project's folder.
		const { stdout, stderr } = await promisify(execFile)(
			process.execPath,
			[ASTRO, 'build', '--outDir', outDir],
			{
				cwd: projectRoot,
				env: { ...process.env, ...env, ...(dataDir ? { VDG_DATA_DIR: dataDir } : {}) },
				maxBuffer: 64 * 1024 * 1024,
			},
		);
		return { failed: false, output: stdout + stderr };
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		return { failed: true, output: stdout + stderr };
	}
}
