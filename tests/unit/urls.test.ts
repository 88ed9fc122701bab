import { describe, expect, test } from 'vitest';
import {
	codeAliasPath,
	codeMarkdownPath,
	codePath,
	commandPath,
	commandSlug,
	sitePaths,
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

	test('the site’s files are under the path it is built under', () => {
		const paths = sitePaths('/vdg-codes/');
		for (const path of Object.values(paths).flat())
			expect(path, path).toMatch(/^\/vdg-codes\/(?!\/)/);
		expect(paths.home).toBe('/vdg-codes/');
		expect(paths.offlineEdition).toBe('/vdg-codes/vdg-sense-result-codes.html');
	});
});
