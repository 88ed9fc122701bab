import { describe, expect, test } from 'vitest';
import {
	codeAliasPath,
	codeMarkdownPath,
	codePath,
	commandPath,
	commandSlug,
} from '../../src/urls';

describe('urls', () => {
	test('a code’s URL keeps its sign', () => {
		expect(codePath(-18)).toBe('/codes/-18/');
		expect(codePath(0)).toBe('/codes/0/');
	});

	test('a command’s URL is its name in lower case', () => {
		expect(commandSlug('getHistoricalImage')).toBe('gethistoricalimage');
		expect(commandPath('getClips')).toBe('/commands/getclips/');
	});

	test('a code’s Markdown twin and its other addresses sit beside its page', () => {
		expect(codeMarkdownPath(-18)).toBe('/codes/-18.md');
		expect(codeAliasPath('general-error')).toBe('/codes/general-error/');
	});
});
