/**
 * Other URLs that lead to a code's page, for people who type or paste them: `/codes/18/` (the sign
 * dropped) and `/codes/general-error/` (the name). Each is a small redirect page
 * (src/pages/codes/[...alias].astro) and a line of `_redirects` for hosts that read it.
 */
import type { ResultCode } from '../schemas/code';
import { slugify } from '../utils/slug';

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
	codesFile: string,
): string[] {
	const taken = new Map<string, string>(
		codes.map(({ code }) => [String(code), `the page of code ${code}`]),
	);
	const problems: string[] = [];
	for (const { alias, code, from } of codeAliases(codes)) {
		const owner = taken.get(alias);
		if (owner !== undefined) {
			problems.push(
				`${codesFile}: entry ${code}: field "${from === 'name' ? 'name' : 'code'}": its URL alias /codes/${alias}/ is already ${owner}`,
			);
		} else {
			taken.set(alias, `the alias of code ${code}`);
		}
	}
	return problems;
}
