/**
 * The headers the site is served with, defined once: `_headers` (Netlify, Cloudflare Pages), a file
 * of every build, and deploy/nginx.conf (deploy/nginx-conf.ts) are both made from this list, so
 * that they cannot drift apart.
 */
import { PATHS, type SitePaths } from '../urls.ts';

/**
 * Starlight's small inline scripts (theme, sidebar and tab state), allowed by hash. An end-to-end
 * test lists any inline script of the build whose hash is missing here, and any hash no script needs.
 */
const INLINE_SCRIPT_HASHES = [
	'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA=',
	'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo=',
	'sha256-wX2yOADeV+NMngflD5uYi3vl50SHC4sfM1EmylVjlX4=',
	'sha256-7eCV4jtsr4t4knb3c4FCRPeu7GGZeOUGE3XvWix0XOQ=',
	'sha256-OizSKqsU+f0G4vojbxNt0Lao3kUpTmCLQSv3y6P7qhQ=',
];

/**
 * The Content-Security-Policy. script-src: the site's own scripts, WebAssembly for Pagefind, and
 * the inline scripts above. style-src needs 'unsafe-inline': Starlight and Expressive Code set style
 * attributes (syntax colours, icon sizes), which hashes cannot allow. img-src allows data: URLs,
 * the SVG icons inlined in Starlight's and Expressive Code's CSS.
 */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	`script-src 'self' 'wasm-unsafe-eval' ${INLINE_SCRIPT_HASHES.map((hash) => `'${hash}'`).join(' ')}`,
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"frame-ancestors 'none'",
].join('; ');

/** On every response, errors included. */
export const SECURITY_HEADERS: readonly [string, string][] = [
	['Content-Security-Policy', CONTENT_SECURITY_POLICY],
	['X-Content-Type-Options', 'nosniff'],
	['X-Frame-Options', 'DENY'],
	['Referrer-Policy', 'strict-origin-when-cross-origin'],
	['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
];

/** Astro's assets have a hash in their name: they never change, and are kept for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages, data, Pagefind's index) is asked for again, and answered 304 where unchanged. */
export const REVALIDATE = 'no-cache';

/**
 * Files the site serves to be saved, not shown: the offline edition, an HTML file whose inline
 * script the policy above would block (opened from the disk, it runs under no policy).
 */
export function downloads(paths: SitePaths = PATHS): readonly string[] {
	return [paths.offlineEdition];
}
export const DOWNLOAD: [string, string] = ['Content-Disposition', 'attachment'];

/**
 * `_headers`: the security headers on every path of the site, long caching for hashed assets, and
 * downloads served as such. These hosts join the headers of every rule that matches, and
 * revalidate the rest by default, so Cache-Control is given for the assets only.
 */
export function headersFile(paths: SitePaths = PATHS): string {
	const block = (pattern: string, headers: readonly [string, string][]) =>
		[pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
	return `${[
		'# Generated from src/outputs/http-headers.ts at every build: edit that, not this.',
		block(`${paths.home}*`, SECURITY_HEADERS),
		block(`${paths.hashedAssets}*`, [['Cache-Control', IMMUTABLE]]),
		...downloads(paths).map((path) => block(path, [DOWNLOAD])),
	].join('\n')}\n`;
}
