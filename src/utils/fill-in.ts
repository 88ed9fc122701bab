/** Values for a UI string's `{{name}}` placeholders. */
export type WordValues = Record<string, string | number>;

/** A UI string's `{{name}}` filled in from `values`, as i18next does it: for the browser, which has no i18next. */
export function fillIn(template: string, values: WordValues = {}): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) =>
		String(values[name] ?? placeholder),
	);
}
