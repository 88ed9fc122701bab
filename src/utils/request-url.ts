/** Request lines, written as the vendor writes them: `command=getClips&serverID=[UID]`. */

/** The full URL of a request given as a query string; other forms (an XML POST) stay as they are. */
export function requestUrl(request: string): string {
	return request.startsWith('command=') ? `http://[server]/command?${request}` : request;
}

/**
 * A query string's parameters as [name, value] pairs, as written: `a=b&c=[placeholder]`. An `&`
 * inside a `[placeholder]` does not split it.
 */
export function requestParameters(query: string): [name: string, value: string][] {
	const parts: string[] = [];
	let depth = 0;
	let part = '';
	for (const character of query) {
		if (character === '[') depth += 1;
		if (character === ']') depth = Math.max(0, depth - 1);
		if (character === '&' && depth === 0) {
			parts.push(part);
			part = '';
		} else {
			part += character;
		}
	}
	parts.push(part);
	return parts.map((text) => {
		const equals = text.indexOf('=');
		return equals < 0 ? [text, ''] : [text.slice(0, equals), text.slice(equals + 1)];
	});
}

/** The value of a parameter, its name in any case (the API is case-insensitive about names). */
export function parameterValue(
	parameters: readonly [string, string][],
	name: string,
): string | undefined {
	return parameters.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
}
