/** Where the data files are, relative to the project; the benchmark points VDG_DATA_DIR at generated data. */
const dataDir = process.env.VDG_DATA_DIR ?? 'data';

export const DATA_FILES = {
	codes: `${dataDir}/codes.json`,
	commands: `${dataDir}/commands.json`,
} as const;
