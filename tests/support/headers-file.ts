/**
 * Reads a `_headers` file (the format of Netlify and Cloudflare Pages): a path pattern on its own
 * line, then indented `Name: value` lines. `*` in a pattern matches anything.
 */
export interface HeaderRule {
	pattern: RegExp;
	headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line
				.trim()
				.split('*')
				.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
				.join('.*');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
		} else {
			const separator = line.indexOf(':');
			rules
				.at(-1)
				?.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
		}
	}
	return rules;
}

/** The headers that apply to a path. */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
	return rules.filter((rule) => rule.pattern.test(path)).flatMap((rule) => rule.headers);
}
