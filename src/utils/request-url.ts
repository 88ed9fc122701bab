/** Request lines are written as the vendor writes them: `command=getClips&serverID=[UID]`. */

/** The full URL of a request given as a query string; other forms (an XML POST) stay as they are. */
export function requestUrl(request: string): string {
	return request.startsWith('command=') ? `http://[server]/command?${request}` : request;
}

/** The command a request line names (`command=getClips&…` → `getClips`), if it names one. */
export function requestCommand(request: string): string | undefined {
	return /(?:^|[?&])command=([A-Za-z][A-Za-z0-9]*)/.exec(request)?.[1];
}
