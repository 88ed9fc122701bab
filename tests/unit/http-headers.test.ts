import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, downloads, headersFile } from '../../src/outputs/http-headers';
import { PATHS, sitePaths } from '../../src/urls';

test('_headers: the security headers on every path, long caching for hashed assets', () => {
	const text = headersFile();
	expect(text).toContain(`/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
	expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
});

test('_headers: the offline edition is a download', () => {
	expect(downloads()).toEqual([PATHS.offlineEdition]);
	expect(headersFile()).toContain(`\n${PATHS.offlineEdition}\n  Content-Disposition: attachment\n`);
});

test('_headers of a site under a path: every rule under it', () => {
	const text = headersFile(sitePaths('/vdg-codes/'));
	expect(text).toContain(`\n/vdg-codes/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
	expect(text).toContain(
		'\n/vdg-codes/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
	);
	expect(text).toContain(
		'\n/vdg-codes/vdg-sense-result-codes.html\n  Content-Disposition: attachment\n',
	);
	expect(text.match(/^\/.*$/gm)!.every((rule) => rule.startsWith('/vdg-codes/'))).toBe(true);
});
