/** The offline edition's size budget, in KB, as docs/performance.md gives it: one figure for the test and the benchmark. */
import { readFileSync } from 'node:fs';

export function offlineSizeBudget(): number | undefined {
	const performance = readFileSync(new URL('../../docs/performance.md', import.meta.url), 'utf8');
	const [, budget] =
		/^\| the offline edition's file, as it is +\| ≤ (\d+) KB /m.exec(performance) ?? [];
	return budget === undefined ? undefined : Number(budget);
}
