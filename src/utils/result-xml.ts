/** What the server sends back: `<result errorcode="…"><description>…</description></result>`. */
import { escapeMarkup } from './html';

/** A result document as the API answers it, for a code (or a stand-in for it) and its description. */
export function resultXml(code: number | string, description: string): string {
	return [
		`<result errorcode="${code}">`,
		`  <description>${escapeMarkup(description)}</description>`,
		'</result>',
	].join('\n');
}
