/** Runs `astro build` into a folder of its own, from data/ or from another data folder. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const root = new URL('../../', import.meta.url).pathname;

export interface BuildResult {
	failed: boolean;
	output: string;
}

export async function astroBuild({
	outDir,
	dataDir,
	env = {},
}: {
	outDir: string;
	dataDir?: string;
	/** More environment for the build, e.g. ISSUE_TRACKER_URL. */
	env?: Record<string, string>;
}): Promise<BuildResult> {
	try {
		const { stdout, stderr } = await promisify(execFile)('npx', ['astro', 'build', '--outDir', outDir], {
			cwd: root,
			env: { ...process.env, ...env, ...(dataDir ? { VDG_DATA_DIR: dataDir } : {}) },
			maxBuffer: 64 * 1024 * 1024,
		});
		return { failed: false, output: stdout + stderr };
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		return { failed: true, output: stdout + stderr };
	}
}
