import type { APIRoute } from 'astro';
import { openSearchDescription } from '../outputs/opensearch';
import { absoluteUrl, PATHS } from '../urls';

export const GET: APIRoute = ({ site, locals }) =>
	new Response(
		openSearchDescription({
			title: locals.t('site.title'),
			description: locals.t('site.description'),
			home: absoluteUrl(PATHS.home, site),
			icon: absoluteUrl(PATHS.favicon, site),
		}),
		{ headers: { 'content-type': 'application/opensearchdescription+xml' } },
	);
