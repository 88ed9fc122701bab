/**
 * Reports to the project's issue tracker (ISSUE_TRACKER_URL): its new-issue form with a title and a
 * body already filled in, in the query parameters GitHub and Gitea read (`title`, `body`). "Report
 * a problem with this page" on code and command pages, and a code search cannot explain.
 */
import { fillIn } from './fill-in';

/** The words of a report, by their UI string keys: the title has a `{{subject}}`. */
export type ReportWords = Record<
	'report.title' | 'report.page' | 'report.section' | 'report.question',
	string
>;

/** The tracker's new-issue form with a title and a body filled in. */
export function trackerIssueUrl(tracker: string, title: string, body: string): string {
	const url = new URL(tracker);
	url.searchParams.set('title', title);
	url.searchParams.set('body', body);
	return url.href;
}

/** "Report a problem with this page": the subject, the page's address and the section being read. */
export function problemReportUrl(
	tracker: string,
	words: ReportWords,
	{ subject, page, section }: { subject: string; page: string; section?: string },
): string {
	const body = [
		`${words['report.page']} ${page}`,
		`${words['report.section']} ${section ?? ''}`,
		'',
		words['report.question'],
		'',
	];
	return trackerIssueUrl(tracker, fillIn(words['report.title'], { subject }), body.join('\n'));
}
