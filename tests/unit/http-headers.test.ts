import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFile } from '../../src/outputs/http-headers';

test('_headers: the security headers on every path, long caching for hashed assets', () => {
	const text = headersFile();
	expect(text).toContain(`/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
	expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
});
