import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, DOWNLOADS, headersFile } from '../../src/outputs/http-headers';
import { PATHS } from '../../src/urls';

test('_headers: the security headers on every path, long caching for hashed assets', () => {
	const text = headersFile();
	expect(text).toContain(`/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
	expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
});

test('_headers: the offline edition is a download', () => {
	expect(DOWNLOADS).toEqual([PATHS.offlineEdition]);
	expect(headersFile()).toContain(`\n${PATHS.offlineEdition}\n  Content-Disposition: attachment\n`);
});
