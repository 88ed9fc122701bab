import type { APIRoute } from 'astro';
import { openSearchDescription } from '../lib/opensearch';
import { SITE_DESCRIPTION, SITE_TITLE } from '../lib/site';
import { absoluteUrl, sitePath } from '../lib/urls';

export const GET: APIRoute = ({ site }) =>
	new Response(
		openSearchDescription({
			title: SITE_TITLE,
			description: SITE_DESCRIPTION,
			home: absoluteUrl(sitePath(), site),
			icon: absoluteUrl(sitePath('favicon.svg'), site),
		}),
		{ headers: { 'content-type': 'application/opensearchdescription+xml' } }
	);
