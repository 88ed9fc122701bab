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

/** The action a request line runs through `executeAction` (`server.tagVideoStart`), as written; undefined for any other command. */
export function executedAction(parameters: readonly [string, string][]): string | undefined {
	const action = parameterValue(parameters, 'actionname');
	return parameterValue(parameters, 'command')?.toLowerCase() === 'executeaction' && action
		? action
		: undefined;
}

/**
 * The command whose page documents a request: for an action run through `executeAction`, the
 * command whose own request line runs that action (`startVideoTag` for
 * `actionname=server.tagVideoStart`), where there is one; else the one `command=` names.
 * `byAction` is given the action in lower case.
 */
export function requestedCommand<Command>(
	parameters: readonly [string, string][],
	byName: (name: string) => Command | undefined,
	byAction: (action: string) => Command | undefined,
): Command | undefined {
	const action = executedAction(parameters)?.toLowerCase();
	return (action && byAction(action)) || byName(parameterValue(parameters, 'command') ?? '');
}
