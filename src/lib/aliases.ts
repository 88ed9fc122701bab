/**
 * Other URLs that lead to a code's page, for people who type or paste them: `/codes/18/` (the sign
 * dropped) and `/codes/general-error/` (the name). Each is a small redirect page, written after
 * the build (src/integrations/code-aliases.ts), and a line of `_redirects` for hosts that read it.
 */
import { escapeHtml } from './html';
import type { ResultCode } from '../schemas/code';
import { slugify } from './slug';

export interface CodeAlias {
	/** The URL segment after /codes/. */
	alias: string;
	code: number;
	/** What the alias is made from, for messages. */
	from: 'number' | 'name';
}

export function codeAliases(codes: readonly Pick<ResultCode, 'code' | 'name'>[]): CodeAlias[] {
	return codes.flatMap(({ code, name }) => [
		...(code < 0 ? [{ alias: String(-code), code, from: 'number' as const }] : []),
		{ alias: slugify(name), code, from: 'name' as const },
	]);
}

/** Aliases that would take the URL of a code's page or of another alias, as messages. */
export function findAliasCollisions(
	codes: readonly Pick<ResultCode, 'code' | 'name'>[],
	codesFile: string
): string[] {
	const taken = new Map<string, string>(codes.map(({ code }) => [String(code), `the page of code ${code}`]));
	const problems: string[] = [];
	for (const { alias, code, from } of codeAliases(codes)) {
		const owner = taken.get(alias);
		if (owner !== undefined) {
			problems.push(
				`${codesFile}: entry ${code}: field "${from === 'name' ? 'name' : 'code'}": its URL alias /codes/${alias}/ is already ${owner}`
			);
		} else {
			taken.set(alias, `the alias of code ${code}`);
		}
	}
	return problems;
}

/** The redirect page of an alias: a meta refresh for any static host, a canonical link, and a link. */
export function aliasPage({ target, title }: { target: string; title: string }): string {
	const href = escapeHtml(target);
	return `<!doctype html><html lang="en"><meta charset="utf-8"><title>${escapeHtml(title)}</title><meta name="robots" content="noindex"><link rel="canonical" href="${href}"><meta http-equiv="refresh" content="0;url=${href}"><p><a href="${href}">${escapeHtml(title)}</a></p></html>\n`;
}

/** `_redirects` (Netlify, Cloudflare Pages): a permanent redirect per alias, with and without the slash. */
export function redirectsFile(aliases: readonly { from: string; to: string }[]): string {
	return aliases.flatMap(({ from, to }) => [`${from} ${to} 301`, `${from.replace(/\/$/, '')} ${to} 301`]).join('\n') + '\n';
}
