/**
 * What the search data says of a query, before any full-text page: the codes it holds, the vendor's
 * words it is or holds, the results and HTTP statuses pasted, and a pasted request read against
 * its command's page (with the codes that page lists, and the general rules). Pure, so that every
 * surface, and the tests, read a query the same way.
 */
import type { QueryAnswer } from './answer';
import {
	parseCodeQuery,
	pastedResults,
	resolveLookup,
	vendorWordsMatch,
	vendorWordsWithin,
	type ParsedQuery,
} from './lookup';
import { diagnoseRequest, findRequest } from './request';
import type { SearchData } from './search-data';

/** The answer to a query but its full-text pages. */
export type QueryReading = Omit<QueryAnswer, 'pages' | 'pending' | 'correction'>;

/** Reads `text`; without search data, only what needs none (the pasted results, HTTP statuses). */
export function readQuery(
	text: string,
	data: Pick<SearchData, 'codes' | 'commands' | 'rules'> | undefined,
	parsed: ParsedQuery = parseCodeQuery(text),
): QueryReading {
	const requestLine = data && findRequest(text);
	const request = requestLine ? diagnoseRequest(requestLine, data.commands) : undefined;
	const listed = new Set(request?.command?.listed ?? []);
	return {
		query: text,
		lookup: data ? resolveLookup(parsed.mentions, data.codes) : [],
		vendorWords: data ? vendorWordsMatch(text, data.codes) : [],
		vendorWordsWithin: data ? vendorWordsWithin(text, data.codes) : [],
		pasted: pastedResults(text),
		httpStatuses: parsed.httpStatuses,
		...(request
			? {
					request,
					requestCodes: data!.codes.filter((entry) => listed.has(entry.code)),
					rules: data!.rules,
				}
			: {}),
	};
}
