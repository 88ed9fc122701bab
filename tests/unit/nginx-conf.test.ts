import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { nginxServer } from '../../deploy/nginx-conf';
import { SECURITY_HEADERS } from '../../src/outputs/http-headers';

test('deploy/nginx.conf is the server block made from the headers (`npm run nginx-conf` writes it)', () => {
	const written = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');
	expect(written, 'deploy/nginx.conf is stale: run `npm run nginx-conf`').toBe(nginxServer());
});

test('the nginx server block has one server_name, listen and root to set, and every header on every location', () => {
	const conf = nginxServer();
	expect(conf.match(/^\s*server_name /gm)).toHaveLength(1);
	expect(conf.match(/^\s*listen /gm)).toHaveLength(1);
	expect(conf.match(/^\s*root /gm)).toHaveLength(1);
	const levels = conf.match(/add_header Content-Security-Policy/g)!.length;
	for (const [name] of SECURITY_HEADERS)
		expect(conf.match(new RegExp(`add_header ${name} `, 'g')), name).toHaveLength(levels);
});
