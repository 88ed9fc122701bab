/** The vendor's order of codes: 0, then -1, -2 … Small, so that browser code can use it too. */
export function compareCodes(a: number, b: number): number {
	return b - a;
}
