/**
 * The README's Requirements and `.ci/run` name the same Debian packages: `npm test` must pass on a
 * machine with exactly what the README lists, and CI installs exactly that.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const ciRun = readFileSync('.ci/run', 'utf8');

/** The packages of the README's `apt-get install` command, in its Requirements section. */
function readmePackages(): string[] {
	const section = readme.slice(
		readme.indexOf('## Requirements'),
		readme.indexOf('\n## ', readme.indexOf('## Requirements') + 1),
	);
	const command = /apt-get install ([^`]+?)\n\s*```/.exec(section)?.[1] ?? '';
	return command.replace(/\\\n/g, ' ').split(/\s+/).filter(Boolean).sort();
}

/** The packages of `.ci/run`'s `requirements` list. */
function ciPackages(): string[] {
	const list = /requirements=\(([\s\S]*?)\n\)/.exec(ciRun)?.[1] ?? '';
	return [...list.matchAll(/"(\S+) /g)].map((match) => match[1]!).sort();
}

test('the README and .ci/run name the same packages for npm test', () => {
	expect(ciPackages().length).toBeGreaterThan(0);
	expect(readmePackages()).toEqual(ciPackages());
});

test('the README says what each of them is for', () => {
	for (const name of ciPackages()) expect(readme).toContain(`\`${name}\``);
});
