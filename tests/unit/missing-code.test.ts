import { expect, test } from 'vitest';
import { missingCode } from '../../src/search/core/missing-code';

test('reads the code a missing /codes/ page was asked for', () => {
	expect(missingCode('/codes/-56/')).toBe('-56');
	expect(missingCode('/codes/56')).toBe('56');
	expect(missingCode('/codes/%E2%88%9256/')).toBe('\u221256');
	expect(missingCode('/codes/no-such-code/')).toBe('no such code');
	expect(missingCode('/docs/codes/-56/', '/docs/')).toBe('-56');
});

test('is undefined elsewhere', () => {
	expect(missingCode('/commands/nothing/')).toBeUndefined();
	expect(missingCode('/codes/')).toBeUndefined();
	expect(missingCode('/codes/a/b/')).toBeUndefined();
	expect(missingCode('/codes/%E0%A4%A/')).toBeUndefined();
});
