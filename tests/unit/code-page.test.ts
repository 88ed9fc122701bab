import { describe, expect, test } from 'vitest';
import { buildReference } from '../../src/reference/reference';
import { codePage, type CodeSectionView } from '../../src/views/code-page';
import type { Rich } from '../../src/utils/rich';
import { words } from '../support/words';
import { codeEntry, commandEntry } from './fixtures';

const reference = buildReference(
	[
		codeEntry({
			code: -2,
			example: { request: 'command=getLiveImage&cameraid=[UID]', note: 'N.' },
		}),
		codeEntry({
			code: -5,
			example: { request: 'command=getLiveImage&cameraid=[UID]', note: 'N.' },
		}),
		codeEntry({ code: -9, message: '' }),
		codeEntry({ code: -57, message: '', provenance: 'not-in-table' }),
	],
	[commandEntry({ name: 'getLiveImage', codes: { listed: [-2], likely: [-5] } })],
	{ codesFile: 'codes.json', commandsFile: 'commands.json' },
);
const text = (parts: Rich) => parts.map((part) => part.text).join('');
const sectionOf = <Id extends CodeSectionView['id']>(code: number, id: Id) =>
	codePage(reference.code(code)!, reference, words).sections.find(
		(section): section is Extract<CodeSectionView, { id: Id }> => section.id === id,
	)!;

describe('Returned by', () => {
	test('says that vendor pages show the commands only where a vendor page lists the code', () => {
		const listed = sectionOf(-2, 'returned-by');
		expect(text(listed.lead)).toBe(
			'Commands that can answer with -2, as far as the vendor’s pages show.',
		);
		expect(listed.listed?.commands.map((command) => command.text)).toEqual(['getLiveImage']);
		expect(listed.likely).toBeUndefined();
	});

	test('where only our reading connects commands to the code, says that no vendor page lists it', () => {
		const likely = sectionOf(-5, 'returned-by');
		expect(text(likely.lead)).toBe('No vendor page we have seen lists -5 for any command.');
		expect(likely.listed).toBeUndefined();
		expect(likely.likely?.heading).toBe('Likely, by meaning');
	});

	test('where nothing connects a command to the code, says so', () => {
		expect(text(sectionOf(-9, 'returned-by').lead)).toMatch(
			/^No command page we have seen lists this code/,
		);
	});
});

test('an example’s answer is hedged where its command’s vendor page does not list the code', () => {
	expect(sectionOf(-2, 'example').answer.title).toBe('The server answers');
	expect(sectionOf(-5, 'example').answer.title).toBe('The server probably answers');
});

test('a missing message is explained by where the code comes from', () => {
	expect(codePage(reference.code(-9)!, reference, words).message.none).toBe(
		'The vendor’s table gives no message for this code.',
	);
	expect(codePage(reference.code(-57)!, reference, words).message.none).toBe(
		'The vendor’s table does not list this code, so it has no message from the table.',
	);
});

test('links become absolute through href, for files that leave the site', () => {
	const view = codePage(reference.code(-2)!, reference, words, (path) => `https://x.test${path}`);
	expect(view.path).toBe('https://x.test/codes/-2/');
	expect(sectionOf(-2, 'returned-by').listed?.commands[0]?.href).toBe('/commands/getliveimage/');
	expect(view.sections.find((section) => section.id === 'returned-by')).toMatchObject({
		listed: { commands: [{ href: 'https://x.test/commands/getliveimage/' }] },
	});
});
