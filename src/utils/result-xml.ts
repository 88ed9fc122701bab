/** What the server sends back: `<result errorcode="…"><description>…</description></result>`. */

export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** A result document as the API answers it, for a code (or a stand-in for it) and its description. */
export function resultXml(code: number | string, description: string): string {
	return [
		`<result errorcode="${code}">`,
		`  <description>${escapeXml(description)}</description>`,
		'</result>',
	].join('\n');
}
