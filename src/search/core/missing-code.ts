import { isNumber } from '../../utils/code-text';
import { BASE } from '../../urls';

/** What a missing page under /codes/ was looking for: `/codes/-56/` → `-56`, `/codes/no-such-code/` → `no such code`. */
export function missingCode(pathname: string, base = BASE): string | undefined {
	const prefix = `${base}codes/`;
	if (!pathname.startsWith(prefix)) return undefined;
	let segment: string;
	try {
		segment = decodeURIComponent(pathname.slice(prefix.length).replace(/\/+$/, ''));
	} catch {
		return undefined;
	}
	if (segment === '' || segment.includes('/')) return undefined;
	// A name slug reads better as words; a number keeps its sign.
	return isNumber(segment) ? segment : segment.replace(/-+/g, ' ').trim();
}
