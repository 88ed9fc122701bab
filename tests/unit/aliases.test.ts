import { expect, test } from 'vitest';
import { aliasPage } from '../../src/outputs/alias-page';
import { codeAliases } from '../../src/reference/aliases';

test('a negative code gets its number without the sign and its name as aliases', () => {
	expect(codeAliases([{ code: -18, name: 'General error' }])).toEqual([
		{ alias: '18', code: -18, from: 'number' },
		{ alias: 'general-error', code: -18, from: 'name' },
	]);
});

test('names become plain slugs', () => {
	const aliases = codeAliases([
		{ code: 0, name: 'Ok' },
		{ code: -4, name: 'Invalid Timestamp.' },
		{ code: -50, name: "Storage location doesn't exist" },
	]);
	expect(aliases.map((entry) => entry.alias)).toEqual([
		'ok',
		'4',
		'invalid-timestamp',
		'50',
		'storage-location-doesnt-exist',
	]);
});

test('an alias page leads to its target, with the title as text', () => {
	const page = aliasPage({
		target: '/codes/-18/',
		canonical: 'https://x.test/codes/-18/',
		title: '-18 <General> & "error"',
	});
	expect(page).toContain('<meta http-equiv="refresh" content="0;url=/codes/-18/">');
	expect(page).toContain('<link rel="canonical" href="https://x.test/codes/-18/">');
	expect(page).toContain('<title>-18 &lt;General&gt; &amp; &quot;error&quot;</title>');
	expect(page).not.toContain('<General>');
});
