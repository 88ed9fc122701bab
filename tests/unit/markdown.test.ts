import { expect, test } from 'vitest';
import { codeMarkdown, joinCodeMarkdown, llmsTxt } from '../../src/outputs/markdown';
import { buildReference } from '../../src/reference/reference';
import { codePage } from '../../src/views/code-page';
import { words } from '../support/words';
import { codeEntry, commandEntry } from './fixtures';

const reference = buildReference(
	[
		codeEntry({
			code: -18,
			name: 'General error',
			message: 'An undefined error occured',
			summary: 'Ask `getClips` about -2.',
			related: [-2],
		}),
		codeEntry({ code: -2, name: 'No <device>' }),
	],
	[commandEntry({ name: 'getClips', codes: { listed: [-18] } })],
	{ codesFile: 'codes.json', commandsFile: 'commands.json' },
);
const markdownOf = (code: number) =>
	codeMarkdown(
		codePage(reference.code(code)!, reference, words, (path) => `https://x.test${path}`),
		'Page:',
	);

test('vendor text stays verbatim unless Markdown would read it as markup', () => {
	const line = (name: string) =>
		llmsTxt({
			title: 'T',
			description: 'D',
			intro: 'I.',
			codes: [{ code: -7, name, summary: 'S.', page: 'p', markdown: 'm' }],
			commands: [],
			more: [],
		})
			.split('\n')
			.find((text) => text.startsWith('- [-7 '));
	expect(line('Valid numbers are [1..64].')).toBe(
		'- [-7 Valid numbers are [1..64].](p): S. ([Markdown](m))',
	);
	expect(line('Enddate is >5 minutes')).toBe('- [-7 Enddate is >5 minutes](p): S. ([Markdown](m))');
	expect(line('a *b* `c` <d> [e](f)')).toBe(
		'- [-7 a \\*b\\* \\`c\\` \\<d> [e]\\(f)](p): S. ([Markdown](m))',
	);
});

test('a code’s Markdown has its title, message, sections and address, as its page has them', () => {
	const markdown = markdownOf(-18);
	expect(markdown).toMatch(/^# -18 General error\n\n> An undefined error occured\n/);
	expect(markdown).toContain('## Causes\n\n- A cause.');
	expect(markdown).toContain('## How to fix it\n\n1. A fix.');
	expect(markdown).toContain(
		'### Listed on the command’s vendor page\n\n[`getClips`](https://x.test/commands/getclips/).',
	);
	expect(markdown.trimEnd().endsWith('Page: https://x.test/codes/-18/')).toBe(true);
});

test('prose links the commands and codes it names; vendor text is escaped', () => {
	expect(markdownOf(-18)).toContain(
		'Ask [`getClips`](https://x.test/commands/getclips/) about [-2](https://x.test/codes/-2/).',
	);
	expect(markdownOf(-18)).toContain('- [-2 No \\<device>](https://x.test/codes/-2/)');
	expect(markdownOf(-2)).toMatch(/^# -2 No \\<device>\n/);
});

test('llms.txt: a title, a summary, and a line and a link per code and command', () => {
	const text = llmsTxt({
		title: 'T',
		description: 'D',
		intro: 'I.',
		codes: [
			{
				code: -18,
				name: 'General error',
				summary: 'S.',
				page: 'https://x.test/codes/-18/',
				markdown: 'https://x.test/codes/-18.md',
			},
		],
		commands: [
			{ name: 'getClips', summary: 'Lists clips.', page: 'https://x.test/commands/getclips/' },
		],
		more: [],
	});
	expect(text).toMatch(/^# T\n\n> D\n\nI\.\n/);
	expect(text).toContain(
		'- [-18 General error](https://x.test/codes/-18/): S. ([Markdown](https://x.test/codes/-18.md))',
	);
	expect(text).toContain('- [getClips](https://x.test/commands/getclips/): Lists clips.');
});

test('/llms-full.txt holds the codes one after the other', () => {
	expect(joinCodeMarkdown(['# 0 Ok\n', '# -18 General error\n'])).toBe(
		'# 0 Ok\n\n---\n\n# -18 General error\n',
	);
});
