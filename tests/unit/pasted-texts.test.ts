/**
 * What search says of pasted texts, read through the site's pipeline with the real data: every
 * case of tests/support/pasted-texts.ts, whose expected statements are traced to the vendor's pages.
 */
import { describe, expect, test } from 'vitest';
import { buildAnswer, type AnswerWords, type SearchAnswer } from '../../src/search/core/answer';
import { parseCodeQuery, resolveLookup } from '../../src/search/core/lookup';
import { lookupAnswer } from '../../src/search/core/pipeline';
import { targetPacket } from '../../src/ticket/packet';
import { plainText } from '../../src/utils/rich';
import { pastedCases } from '../support/pasted-texts';
import { data, siteLinks } from '../support/reference';

const words = data.words as AnswerWords;

/** The answer to a text, as the site's search gives it before any full-text page arrives. */
function answerTo(text: string): SearchAnswer {
	return buildAnswer(
		{ ...lookupAnswer(text, parseCodeQuery(text), data), pages: [], pending: false },
		words,
		siteLinks,
	);
}

/** The first ticket of an answer, in plain text, as "Copy for ticket" copies it. */
function firstTicket(answer: SearchAnswer): string {
	const target = answer.tickets[0];
	if (!target) return '';
	return targetPacket(target, (code) => `https://codes.test/codes/${code}/`, data.words, 'plain')
		.text;
}

const codesRead = (text: string) =>
	resolveLookup(parseCodeQuery(text).mentions, data.codes).flatMap((result) =>
		result.kind === 'code'
			? [result.entry.code]
			: result.kind === 'undocumented'
				? [result.code]
				: [],
	);

describe('what search says of a pasted text', () => {
	test.each(pastedCases.map((entry) => [entry.pasted, entry] as const))('%s', (pasted, entry) => {
		const answer = answerTo(pasted);
		const notices = answer.notices.map((notice) => plainText(notice.parts)).join('\n');
		if (entry.codes) expect(codesRead(pasted), 'codes read').toEqual(entry.codes);
		for (const statement of entry.says ?? []) expect(notices).toMatch(statement);
		for (const statement of entry.saysNot ?? []) expect(notices).not.toMatch(statement);
		const hrefs = answer.options.map((option) => option.href);
		if (entry.first) {
			expect(hrefs.slice(0, entry.first.length), 'first options').toEqual(entry.first);
			expect(answer.firstIsAnswer, 'Enter opens the first option').toBe(true);
		}
		for (const href of entry.notFirst ?? []) expect(hrefs.slice(0, 4)).not.toContain(href);
		if (entry.ticket || entry.ticketNot) {
			const ticket = firstTicket(answer);
			for (const statement of entry.ticket ?? []) expect(ticket).toMatch(statement);
			for (const statement of entry.ticketNot ?? []) expect(ticket).not.toMatch(statement);
		}
	});
});
