/** Request lines are written as the vendor writes them: `command=getClips&serverID=[UID]`. */

/** The full URL of a request given as a query string; other forms (an XML POST) stay as they are. */
export function requestUrl(request: string): string {
	return request.startsWith('command=') ? `http://[server]/command?${request}` : request;
}
