/**
 * The pasted texts of tests/support/pasted-texts.ts, whose expected statements are traced to the
 * vendor's pages, answered in full (full-text pages included) on both editions: the same statements,
 * the same first pages (Enter opening the first) and the same ticket. tests/unit/pasted-texts.test.ts
 * checks which codes are read; offline.spec.ts pastes a sample into the file.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { SearchEngine } from '../../src/search/core/engine';
import { targetPacket } from '../../src/ticket/packet';
import { plainText } from '../../src/utils/rich';
import { pastedCases } from '../support/pasted-texts';
import { data } from '../support/reference';
import { answerOf, editions } from '../support/search-editions';

for (const edition of editions) {
	describe(edition.name, () => {
		let engine: SearchEngine;
		beforeAll(async () => {
			engine = await edition.engine();
		});

		test.each(pastedCases.map((entry) => [entry.pasted, entry] as const))(
			'%s',
			async (pasted, entry) => {
				const answer = await answerOf(edition, engine, pasted);
				const notices = answer.notices.map((notice) => plainText(notice.parts)).join('\n');
				for (const statement of entry.says ?? []) expect(notices).toMatch(statement);
				for (const statement of entry.saysNot ?? []) expect(notices).not.toMatch(statement);
				const hrefs = answer.options.map((option) => option.href);
				if (entry.first) {
					expect(hrefs.slice(0, entry.first.length), 'first options').toEqual(
						entry.first.map(edition.target),
					);
					expect(answer.firstIsAnswer, 'Enter opens the first option').toBe(true);
				}
				for (const path of entry.notFirst ?? [])
					expect(hrefs.slice(0, 4)).not.toContain(edition.target(path));
				if (entry.ticket || entry.ticketNot) {
					const target = answer.tickets[0];
					const ticket = target
						? targetPacket(
								target,
								(code) => `https://codes.test/codes/${code}/`,
								data.words,
								'plain',
							).text
						: '';
					for (const statement of entry.ticket ?? []) expect(ticket).toMatch(statement);
					for (const statement of entry.ticketNot ?? []) expect(ticket).not.toMatch(statement);
				}
			},
		);
	});
}
