/** What a missing page under /codes/ was looking for: `/codes/-56/` → `-56`, `/codes/no-such-code/` → `no such code`. */
export function codeSegment(pathname: string, base = '/'): string | undefined {
	const prefix = `${base.replace(/\/?$/, '/')}codes/`;
	if (!pathname.startsWith(prefix)) return undefined;
	let segment: string;
	try {
		segment = decodeURIComponent(pathname.slice(prefix.length).replace(/\/+$/, ''));
	} catch {
		return undefined;
	}
	if (segment === '' || segment.includes('/')) return undefined;
	// A name slug reads better as words; a number keeps its sign.
	return /^[+\-\u2212\u2013]?\d+$/.test(segment) ? segment : segment.replace(/-+/g, ' ').trim();
}
