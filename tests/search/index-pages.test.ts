/**
 * An index page is not found by the words of the pages it lists: a command's own summary, searched
 * on the site, offers that command's page and not the commands index that lists it (its table is
 * not indexed). Every command, judged by the search pipeline on Pagefind's index of the build.
 */
import { expect, test } from 'vitest';
import { commandPagePath, commands } from '../support/data';
import { offered, site } from '../support/search-editions';

test('every command’s summary finds its page, not the commands index', async () => {
	const engine = await site.engine();
	const problems: string[] = [];
	for (const command of commands) {
		const links = await offered(site, engine, command.summary.replaceAll('`', ''));
		if (!links.includes(commandPagePath(command.name)))
			problems.push(`${command.name}: its page is not offered`);
		if (links.includes('/commands/')) problems.push(`${command.name}: the index is offered`);
	}
	expect(problems).toEqual([]);
});
