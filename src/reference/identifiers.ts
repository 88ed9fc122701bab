/**
 * The identifiers of codes in the generated constants (/sdk/…): the vendor's name in PascalCase,
 * "General error" → `GeneralError`, the same in every language. Two codes whose names give the
 * same identifier, or a name that gives no usable one, fail the build.
 */

/** PascalCase of a name: words split on anything but letters and digits, apostrophes dropped. */
export function codeIdentifier(name: string): string {
	return name
		.replace(/['’]/g, '')
		.split(/[^A-Za-z0-9]+/)
		.filter(Boolean)
		.map((word) => word[0]!.toUpperCase() + word.slice(1))
		.join('');
}

/** Words no language of the constants takes as a name (Python's capitalised keywords). */
const RESERVED = new Set(['False', 'None', 'True']);

/** Problems with the identifiers of `codes`, as messages naming the file, the entry and the field. */
export function findIdentifierProblems(
	codes: readonly { code: number; name: string }[],
	codesFile: string,
): string[] {
	const taken = new Map<string, number>();
	const problems: string[] = [];
	for (const { code, name } of codes) {
		const identifier = codeIdentifier(name);
		const where = `${codesFile}: entry ${code}: field "name"`;
		if (!/^[A-Z][A-Za-z0-9]*$/.test(identifier) || RESERVED.has(identifier)) {
			problems.push(
				`${where}: gives no usable identifier for the generated constants (${JSON.stringify(identifier)})`,
			);
		} else if (taken.has(identifier)) {
			problems.push(
				`${where}: its identifier ${identifier} in the generated constants is already that of code ${taken.get(identifier)}`,
			);
		} else {
			taken.set(identifier, code);
		}
	}
	return problems;
}
