import { expect, test } from 'vitest';
import { problemReportUrl } from '../../src/utils/problem-report';
import { templates } from '../support/words';

const words = templates(['report.title', 'report.page', 'report.section', 'report.question']);

test('fills in the title and body, encoded, keeping the tracker’s own parameters', () => {
	const url = new URL(
		problemReportUrl('https://tracker.test/issues/new?labels=docs', words, {
			subject: '-18 General error',
			page: 'https://x.test/codes/-18/',
			section: 'How to fix it (#fixes)',
		}),
	);
	expect(url.searchParams.get('labels')).toBe('docs');
	expect(url.searchParams.get('title')).toBe('Problem with -18 General error');
	expect(url.searchParams.get('body')).toBe(
		'Page: https://x.test/codes/-18/\nSection: How to fix it (#fixes)\n\nWhat is wrong, and what should it say?\n',
	);
});
