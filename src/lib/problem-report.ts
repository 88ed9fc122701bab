/**
 * "Report a problem with this page": a link to the project's issue tracker with a title and a body
 * already filled in, in the query parameters GitHub and Gitea read (`title`, `body`).
 */
export function problemReportUrl(tracker: string, { subject, page, section }: { subject: string; page: string; section?: string }): string {
	const url = new URL(tracker);
	url.searchParams.set('title', `Problem with ${subject}`);
	url.searchParams.set('body', [`Page: ${page}`, `Section: ${section ?? ''}`, '', 'What is wrong, and what should it say?', ''].join('\n'));
	return url.href;
}
