/**
 * "Report a problem with this page": a link to the project's issue tracker with a title and a body
 * already filled in, in the query parameters GitHub and Gitea read (`title`, `body`).
 */
import { fillIn } from './fill-in';

/** The words of a report, by their UI string keys: the title has a `{{subject}}`. */
export type ReportWords = Record<
	'report.title' | 'report.page' | 'report.section' | 'report.question',
	string
>;

export function problemReportUrl(
	tracker: string,
	words: ReportWords,
	{ subject, page, section }: { subject: string; page: string; section?: string },
): string {
	const url = new URL(tracker);
	url.searchParams.set('title', fillIn(words['report.title'], { subject }));
	url.searchParams.set(
		'body',
		[
			`${words['report.page']} ${page}`,
			`${words['report.section']} ${section ?? ''}`,
			'',
			words['report.question'],
			'',
		].join('\n'),
	);
	return url.href;
}
