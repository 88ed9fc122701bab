/** The data files, read as the source of truth for what the built site must show. */
import { readFileSync } from 'node:fs';

export interface CodeData {
	code: number;
	name: string;
	message: string;
	summary: string;
	category: string;
	related?: number[];
	triage: { actsFirst: string; retry: string; note: string };
	causes?: string[];
	example?: { request: string; fixed?: string; note: string };
	provenance: string;
}

export interface CommandData {
	name: string;
	category: string;
	summary: string;
	codes: { listed: number[]; likely?: number[] };
}

const read = <T>(file: string): T =>
	JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')) as T;

export const codes = read<CodeData[]>('codes.json');
export const commands = read<CommandData[]>('commands.json');

/** The site's public address, as the build was told it (see README: Deploying). */
export const SITE = process.env.SITE_URL ?? 'http://localhost:4321';
