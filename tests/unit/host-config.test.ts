import { expect, test } from 'vitest';
import { headersFile, nginxServer } from '../../src/lib/host-config';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/lib/http-headers';

test('deploy/nginx.conf is the server block made from the headers (`npm run nginx-conf` writes it)', async () => {
	await expect(nginxServer()).toMatchFileSnapshot('../../deploy/nginx.conf');
});

test('the nginx server block has one listen and one root, and every header on every location', () => {
	const conf = nginxServer();
	expect(conf.match(/^\s*listen /gm)).toHaveLength(1);
	expect(conf.match(/^\s*root /gm)).toHaveLength(1);
	const levels = conf.match(/add_header Content-Security-Policy/g)!.length;
	for (const [name] of SECURITY_HEADERS) expect(conf.match(new RegExp(`add_header ${name} `, 'g')), name).toHaveLength(levels);
});

test('_headers: the security headers on every path, long caching for hashed assets', () => {
	const text = headersFile();
	expect(text).toContain(`/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
	expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
});
