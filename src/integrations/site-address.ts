import type { AstroIntegration } from 'astro';

/** Says, in one line of a production build's log, what a build without SITE_URL leaves out. */
export function siteAddress(): AstroIntegration {
	let site: URL | undefined;
	return {
		name: 'vdg-site-address',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.site) : undefined;
			},
			'astro:build:start': ({ logger }) => {
				if (site) logger.info(`Building for ${site.href}`);
				else {
					logger.warn(
						'SITE_URL is not set: no canonical links, og:url or sitemap, and relative links in the exports. Set SITE_URL=https://… for a deployment.'
					);
				}
			},
		},
	};
}
