import { expect, test } from 'vitest';
import { codeMarkdown, joinCodeMarkdown, llmsTxt, markdownText, splitCodeMarkdown } from '../../src/lib/markdown';
import { codeEntry } from './fixtures';

test('vendor text stays verbatim unless Markdown would read it as markup', () => {
	expect(markdownText('Valid numbers are [1..64].')).toBe('Valid numbers are [1..64].');
	expect(markdownText('Enddate is >5 minutes')).toBe('Enddate is >5 minutes');
	expect(markdownText('a *b* `c` <d> [e](f)')).toBe('a \\*b\\* \\`c\\` \\<d> [e]\\(f)');
});

test('a code’s Markdown has its title, message, sections and address', () => {
	const entry = codeEntry({ code: -18, name: 'General error', message: 'An undefined error occured' });
	const markdown = codeMarkdown(entry, {
		returnedBy: { listed: [], likely: [] },
		related: [],
		links: { page: 'https://x.test/codes/-18/', code: (code) => `https://x.test/codes/${code}/`, command: (name) => `https://x.test/commands/${name}/` },
	});
	expect(markdown).toMatch(/^# -18 General error\n\n> An undefined error occured\n/);
	expect(markdown).toContain('## Causes\n\n- A cause.');
	expect(markdown).toContain('## How to fix it\n\n1. A fix.');
	expect(markdown.trimEnd().endsWith('Page: https://x.test/codes/-18/')).toBe(true);
});

test('llms.txt: a title, a summary, and a line and a link per code and command', () => {
	const text = llmsTxt({
		title: 'T',
		description: 'D',
		codes: [{ code: -18, name: 'General error', summary: 'S.', page: 'https://x.test/codes/-18/', markdown: 'https://x.test/codes/-18.md' }],
		commands: [{ name: 'getClips', summary: 'Lists clips.', page: 'https://x.test/commands/getclips/' }],
		more: [],
	});
	expect(text).toMatch(/^# T\n\n> D\n/);
	expect(text).toContain('- [-18 General error](https://x.test/codes/-18/): S. ([Markdown](https://x.test/codes/-18.md))');
	expect(text).toContain('- [getClips](https://x.test/commands/getclips/): Lists clips.');
});

test('/llms-full.txt splits back into each code’s Markdown', () => {
	const pages = ['# 0 Ok\n\nSuccess.\n', '# -18 General error\n\n> An undefined error occured\n'];
	expect(splitCodeMarkdown(joinCodeMarkdown(pages))).toEqual([
		{ code: 0, markdown: pages[0] },
		{ code: -18, markdown: pages[1] },
	]);
	expect(() => splitCodeMarkdown('no title')).toThrow(/does not start with a code's title/);
});
