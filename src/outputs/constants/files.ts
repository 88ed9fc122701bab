/** The generated constants an integrator can download, under /sdk/. */
import { csharpConstants } from './csharp';
import { pythonConstants } from './python';
import type { ConstantsSource } from './source';
import { typescriptConstants } from './typescript';

export const CONSTANTS_FILES = {
	'result-codes.ts': { language: 'TypeScript', generate: typescriptConstants },
	'result_codes.py': { language: 'Python', generate: pythonConstants },
	'ResultCodes.cs': { language: 'C#', generate: csharpConstants },
} as const satisfies Record<
	string,
	{ language: string; generate: (source: ConstantsSource) => string }
>;

export type ConstantsFile = keyof typeof CONSTANTS_FILES;
