/**
 * The programs some tests run besides the browser, and the Debian package each comes in (the
 * README's Requirements): a test that finds one missing says which package to install.
 */
const PACKAGE_OF: Record<string, string> = {
	python3: 'python3',
	curl: 'curl',
	mcs: 'mono-mcs',
	mono: 'mono-mcs',
	nginx: 'nginx',
};

/** The error for a program that could not be started because it is not installed. */
export function notInstalled(command: string): Error {
	const name = command.split('/').pop()!;
	const from = PACKAGE_OF[name] ? `Debian's package ${PACKAGE_OF[name]}` : 'its package';
	return new Error(
		`${command} is not installed: install ${from} (the README's Requirements; .ci/run installs it)`,
	);
}
