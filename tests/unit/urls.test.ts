import { describe, expect, test } from 'vitest';
import { codePath, commandPath, commandSlug, isCodePagePath, withTrailingSlash } from '../../src/lib/urls';

describe('urls', () => {
	test('a code’s URL keeps its sign', () => {
		expect(codePath(-18)).toBe('/codes/-18/');
		expect(codePath(0)).toBe('/codes/0/');
	});

	test('a command’s URL is its name in lower case', () => {
		expect(commandSlug('getHistoricalImage')).toBe('gethistoricalimage');
		expect(commandPath('getClips')).toBe('/commands/getclips/');
	});

	test('tells a code’s page from an alias and from other pages, under any base', () => {
		expect(['/codes/0/', '/codes/-18/'].map((path) => isCodePagePath(path))).toEqual([true, true]);
		expect(['/codes/', '/codes/18/', '/codes/-018/', '/codes/-18', '/commands/getclips/'].map((path) => isCodePagePath(path))).toEqual([false, false, false, false, false]);
		expect(isCodePagePath('/docs/codes/-18/', '/docs/')).toBe(true);
		expect(isCodePagePath('/codes/-18/', '/docs/')).toBe(false);
	});

	test('a base path ends in one slash', () => {
		expect(withTrailingSlash('/docs')).toBe('/docs/');
		expect(withTrailingSlash('/docs/')).toBe('/docs/');
		expect(withTrailingSlash('/')).toBe('/');
	});
});
