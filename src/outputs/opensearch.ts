/**
 * The OpenSearch description (/opensearch.xml) that lets a browser's address bar search the site:
 * a query goes to the home page as /?q=…, which runs it.
 */
import { escapeMarkup } from '../utils/html';

/** `home` is the absolute URL of the home page, e.g. `https://codes.example.com/`. */
export function openSearchDescription({
	title,
	description,
	home,
	icon,
}: {
	title: string;
	description: string;
	home: string;
	icon: string;
}): string {
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">',
		`  <ShortName>${escapeMarkup(title)}</ShortName>`,
		`  <Description>${escapeMarkup(description)}</Description>`,
		'  <InputEncoding>UTF-8</InputEncoding>',
		`  <Image type="image/svg+xml">${escapeMarkup(icon)}</Image>`,
		`  <Url type="text/html" method="get" template="${escapeMarkup(home)}?q={searchTerms}"/>`,
		'</OpenSearchDescription>',
		'',
	].join('\n');
}
