/** The site's name and what it is, for Starlight's config and for files made outside its pages. */
export const SITE_TITLE = 'VDG Sense result codes';
export const SITE_DESCRIPTION =
	'What every result code of the VDG Sense HTTP/XML API means, why it happens and how to fix it.';

