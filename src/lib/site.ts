/** The site's name and what it is, for Starlight's config and for files made outside its pages. */
export const SITE_TITLE = 'VDG Sense result codes';
export const SITE_DESCRIPTION =
	'What every result code of the VDG Sense HTTP/XML API means, why it happens and how to fix it.';

/**
 * Where "Report a problem with this page" leads: the new-issue address of the project's tracker
 * (e.g. https://github.com/owner/repo/issues/new), set like SITE_URL when building. No link without it.
 */
export const ISSUE_TRACKER_URL = process.env.ISSUE_TRACKER_URL || undefined;
