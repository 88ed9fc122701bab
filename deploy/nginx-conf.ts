/**
 * deploy/nginx.conf, the nginx server block for the built site, made from the headers the site is
 * served with (src/outputs/http-headers.ts), as the `_headers` file of other hosts is. `npm run
 * nginx-conf` runs this file, which writes it; a unit test checks that it is current.
 *
 * Usage: node deploy/nginx-conf.ts
 */
import { writeFileSync } from 'node:fs';
import {
	DOWNLOAD,
	DOWNLOADS,
	HASHED_ASSETS,
	IMMUTABLE,
	REVALIDATE,
	SECURITY_HEADERS,
} from '../src/outputs/http-headers.ts';

/** nginx's add_header lines: a location with add_header of its own inherits none, so each repeats them all. */
function addHeaders(
	cacheControl: string,
	indent: string,
	more: readonly [string, string][] = [],
): string {
	return [...SECURITY_HEADERS, ['Cache-Control', cacheControl], ...more]
		.map(([name, value]) => `${indent}add_header ${name} "${value.replace(/"/g, '\\"')}" always;`)
		.join('\n');
}

/**
 * deploy/nginx.conf: a complete server block for the built site; set its `server_name`, `listen`
 * and `root`.
 */
export function nginxServer(): string {
	return `# The VDG Sense result codes site (dist/ of \`npm run build\`) on nginx: a complete server block.
# Generated from src/outputs/http-headers.ts by \`npm run nginx-conf\`: edit that, not this.
# Put it where nginx reads server blocks (e.g. /etc/nginx/conf.d/), then set server_name, listen
# and root. nginx answers a request with the server block whose server_name matches its host
# name; on a port where none matches, the default server does (Debian's own default site, for one).
server {
    listen 80;
    server_name codes.example.com;
    root /srv/vdg-sense-codes/dist;

    index index.html;
    server_tokens off;
    # Redirects say where to go relative to the request, right behind a proxy too.
    absolute_redirect off;
    charset utf-8;
    charset_types text/plain text/css text/xml text/markdown application/javascript application/json application/xml;

    # nginx's types, and the Markdown twins', which it lacks.
    include mime.types;
    types {
        text/markdown md;
    }
    default_type application/octet-stream;

    gzip on;
    gzip_vary on;
    gzip_min_length 256;
    gzip_types text/plain text/css text/xml text/markdown application/javascript application/json application/xml image/svg+xml;

    # A missing page gets the site's 404 page, with a 404 status: it says which code is not documented.
    error_page 404 /404.html;

${addHeaders(REVALIDATE, '    ')}

    location / {
        try_files $uri $uri/ =404;
${addHeaders(REVALIDATE, '        ')}
    }

    location ${HASHED_ASSETS} {
${addHeaders(IMMUTABLE, '        ')}
    }

    # The code constants are source to read and download, as text (nginx takes .ts for video).
    location /sdk/ {
        types {
            text/plain ts py cs;
        }
${addHeaders(REVALIDATE, '        ')}
    }

    # Files to save rather than show: the offline edition, whose inline script the policy would block.
${DOWNLOADS.map(
	(path) => `    location = ${path} {
${addHeaders(REVALIDATE, '        ', [DOWNLOAD])}
    }
`,
).join('\n')}
    # The host configuration of other servers (Netlify, Cloudflare Pages), which has no use here.
    location ~ ^/_(headers|redirects)$ {
        return 404;
    }

    # A code without its sign, /codes/18/, is the error code -18; names (/codes/general-error/)
    # are small pages of the build that lead to the code's page.
    location ~ "^/codes/([1-9][0-9]*)/?$" {
        return 301 /codes/-$1/;
    }
}
`;
}

if (import.meta.main) {
	const file = new URL('nginx.conf', import.meta.url);
	writeFileSync(file, nginxServer());
	console.log(`Wrote ${file.pathname}`);
}
