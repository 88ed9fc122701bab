/** `_redirects` (Netlify, Cloudflare Pages): a permanent redirect per alias of a code, with and without the slash. */
export function redirectsFile(aliases: readonly { from: string; to: string }[]): string {
	return (
		aliases
			.flatMap(({ from, to }) => [`${from} ${to} 301`, `${from.replace(/\/$/, '')} ${to} 301`])
			.join('\n') + '\n'
	);
}
