/**
 * The page at another address of a code (`/codes/18/`, `/codes/general-error/`): a meta refresh
 * that leads to the code's page on any static host, a canonical link, and a link for the rest.
 */
import { escapeMarkup } from '../utils/html';

export function aliasPage({
	target,
	canonical,
	title,
}: {
	target: string;
	canonical: string;
	title: string;
}): string {
	const href = escapeMarkup(target);
	return `<!doctype html><html lang="en"><meta charset="utf-8"><title>${escapeMarkup(title)}</title><meta name="robots" content="noindex"><link rel="canonical" href="${escapeMarkup(canonical)}"><meta http-equiv="refresh" content="0;url=${href}"><p><a href="${href}">${escapeMarkup(title)}</a></p></html>\n`;
}
