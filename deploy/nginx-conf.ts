/**
 * The nginx configuration for the built site, made from the headers the site is served with
 * (src/outputs/http-headers.ts), as the `_headers` file of other hosts is, and for the path the
 * site is built under (SITE_URL or BASE_PATH, read as the build reads them, src/settings.ts):
 *
 * - at a host's root, a complete server block: deploy/nginx.conf, committed, which a unit test
 *   checks is current;
 * - under a path, a location block to include in the server block of the host the site lives on:
 *   deploy/nginx-location.conf.
 *
 * Usage: node deploy/nginx-conf.ts [file]   (`npm run nginx-conf`; the file by default as above)
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
	DOWNLOAD,
	downloads,
	IMMUTABLE,
	REVALIDATE,
	SECURITY_HEADERS,
} from '../src/outputs/http-headers.ts';
import { settings } from '../src/settings.ts';
import { sitePaths, type SitePaths } from '../src/urls.ts';

/** Where the site's files are by default: dist/ is copied there (under the site's path, for a path). */
const SITE_FOLDER = '/srv/vdg-sense-codes';

/** Lines indented by `indent`, blank lines left blank. */
function indented(text: string, indent: string): string {
	return text.replace(/^(?=.)/gm, indent);
}

/** nginx's add_header lines: a location with add_header of its own inherits none, so each repeats them all. */
function addHeaders(cacheControl: string, more: readonly [string, string][] = []): string {
	return [...SECURITY_HEADERS, ['Cache-Control', cacheControl], ...more]
		.map(([name, value]) => `add_header ${name} "${value.replace(/"/g, '\\"')}" always;`)
		.join('\n');
}

/** How the site's files are served, wherever it lives: in its server block, or in its location. */
function serving(paths: SitePaths): string {
	return `index index.html;
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
error_page 404 ${paths.notFound};
`;
}

/** The locations of the site's own kinds of files, under its path. */
function locations(paths: SitePaths): string {
	return `location ${paths.hashedAssets} {
${indented(addHeaders(IMMUTABLE), '    ')}
}

# The code constants are source to read and download, as text (nginx takes .ts for video).
location ${paths.constants} {
    types {
        text/plain ts py cs;
    }
${indented(addHeaders(REVALIDATE), '    ')}
}

# Files to save rather than show: the offline edition, whose inline script the policy would block.
${downloads(paths)
	.map(
		(path) => `location = ${path} {
${indented(addHeaders(REVALIDATE, [DOWNLOAD]), '    ')}
}
`,
	)
	.join('\n')}
# The host configuration of other servers (Netlify, Cloudflare Pages), which has no use here.
${paths.hostFiles.map((path) => `location = ${path} {\n    return 404;\n}`).join('\n')}

# A code without its sign (codes/18/) is the error code -18; names (codes/general-error/) are
# small pages of the build that lead to the code's page.
location ~ "^${paths.codes.replace(/\./g, '\\.')}([1-9][0-9]*)/?$" {
    return 301 ${paths.codes}-$1/;
}
`;
}

/** deploy/nginx.conf: a complete server block for a site at the root of its host. */
function serverBlock(paths: SitePaths): string {
	return `# The VDG Sense result codes site (dist/ of \`npm run build\`) on nginx: a complete server block.
# Generated from src/outputs/http-headers.ts by \`npm run nginx-conf\`: edit that, not this.
# Put it where nginx reads server blocks (e.g. /etc/nginx/conf.d/), then set what is yours:
# - server_name, the host name people type. nginx answers a request with the server block whose
#   server_name matches its host name; on a port where none matches, the default server does
#   (Debian's own default site, for one).
# - root, the folder dist/ is copied to.
# - TLS, as for any site: \`listen 443 ssl;\`, \`listen [::]:443 ssl;\`, ssl_certificate and
#   ssl_certificate_key.
# It listens on port 80 over IPv4 and IPv6, as Debian's default site does: a browser that reaches
# the machine over IPv6 would otherwise get that site. Without IPv6, remove \`listen [::]:80;\`.
server {
    listen 80;
    listen [::]:80;
    server_name codes.example.com;
    root ${SITE_FOLDER}/dist;

${indented(serving(paths), '    ')}
${indented(addHeaders(REVALIDATE), '    ')}

    location / {
        try_files $uri $uri/ =404;
${indented(addHeaders(REVALIDATE), '        ')}
    }

${indented(locations(paths), '    ')}}
`;
}

/** The file name the location block is suggested under, in nginx's snippets/: `vdg-codes.conf`. */
function snippetName(base: string): string {
	return `${base.slice(1, -1).replace(/\//g, '-')}.conf`;
}

/** The location block for a site under a path of its host, to include in that host's server block. */
function locationBlock(paths: SitePaths): string {
	const base = paths.home;
	return `# The VDG Sense result codes site under ${base} on nginx: a location block for dist/ of
# \`npm run build\` with that path in SITE_URL or BASE_PATH. Generated from
# src/outputs/http-headers.ts by \`npm run nginx-conf\` with the same setting: edit that, not this.
# Include it in the server block of the host the site lives on, which sets server_name, listen
# and TLS (on Debian, /etc/nginx/sites-enabled/default): \`include snippets/${snippetName(base)};\`.
# Then set root, the folder whose ${base.slice(1)} holds the copy of dist/
# (here ${SITE_FOLDER}${base}).
location = ${base.slice(0, -1)} {
    absolute_redirect off;
    return 301 ${base};
}

location ^~ ${base} {
    root ${SITE_FOLDER};

${indented(serving(paths), '    ')}
    try_files $uri $uri/ =404;
${indented(addHeaders(REVALIDATE), '    ')}

${indented(locations(paths), '    ')}}
`;
}

/** The configuration for a site built under `base`: a server block at the root, else a location block. */
export function nginxConf(base = '/'): string {
	const paths = sitePaths(base);
	return base === '/' ? serverBlock(paths) : locationBlock(paths);
}

if (import.meta.main) {
	const base = settings.basePath;
	const file =
		process.argv[2] ??
		relative(
			process.cwd(),
			new URL(base === '/' ? 'nginx.conf' : 'nginx-location.conf', import.meta.url).pathname,
		);
	writeFileSync(file, nginxConf(base));
	console.log(
		base === '/'
			? `Wrote ${file}: a server block for the site at the root of its host.`
			: `Wrote ${file}: a location block for the site under ${base}, to include in its host's server block (its first lines say how).`,
	);
}
