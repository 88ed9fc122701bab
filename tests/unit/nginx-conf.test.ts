import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { nginxConf } from '../../deploy/nginx-conf';
import { SECURITY_HEADERS } from '../../src/outputs/http-headers';

test('deploy/nginx.conf is the server block made from the headers (`npm run nginx-conf` writes it)', () => {
	const written = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');
	expect(written, 'deploy/nginx.conf is stale: run `npm run nginx-conf`').toBe(nginxConf());
});

/** Every location's add_header lines name every security header: one with headers of its own inherits none. */
function expectHeadersEverywhere(conf: string): void {
	const levels = conf.match(/add_header Content-Security-Policy/g)!.length;
	for (const [name] of SECURITY_HEADERS)
		expect(conf.match(new RegExp(`add_header ${name} `, 'g')), name).toHaveLength(levels);
}

test('at a root: a server block with one server_name and root to set, on port 80 over IPv4 and IPv6', () => {
	const conf = nginxConf();
	expect(conf).toMatch(/^server \{$/m);
	expect(conf.match(/^\s*server_name /gm)).toHaveLength(1);
	expect(conf.match(/^\s*root /gm)).toHaveLength(1);
	expect(conf.match(/^\s*listen .*$/gm)).toEqual(['    listen 80;', '    listen [::]:80;']);
	expectHeadersEverywhere(conf);
});

test('under a path: location blocks under it, to include in a server block, with root to set', () => {
	const conf = nginxConf('/vdg-codes/');
	expect(conf).not.toMatch(/^\s*(server|server_name|listen)\b/m);
	expect(conf.match(/^\s*root /gm)).toHaveLength(1);
	const locations = [...conf.matchAll(/^\s*location (=|\^~|~)? ?"?\^?([^ "]+)"? \{$/gm)];
	expect(locations.length).toBeGreaterThan(5);
	for (const [line, , path] of locations) expect(path, line).toMatch(/^\/vdg-codes(\/|$)/);
	expect(conf).toContain('error_page 404 /vdg-codes/404.html;');
	expectHeadersEverywhere(conf);
});
