/**
 * The vendor's own words, pasted whole (a code's name, message or other wording, as a support
 * engineer copies them from a result), put that code first on both editions; codes that share the
 * words come first together, and the answer says they share it. Every wording of the data, judged
 * by the search pipeline; search.spec.ts types a few into the browser.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { SearchEngine } from '../../src/search/core/engine';
import { plainText } from '../../src/utils/rich';
import { codes } from '../support/data';
import { answerOf, editions, offered } from '../support/search-editions';

const wordingsOf = (entry: (typeof codes)[number]) =>
	[entry.name, entry.message, ...entry.wordings.map((wording) => wording.text)].filter(Boolean);
/** Case and punctuation aside, as a reader would not tell two wordings apart. */
const normal = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

const wordings = codes.flatMap((entry) =>
	wordingsOf(entry).map((text) => ({ text, code: entry.code })),
);

for (const edition of editions) {
	describe(edition.name, () => {
		let engine: SearchEngine;
		beforeAll(async () => {
			engine = await edition.engine();
		});

		test('pasted whole, a code’s name, message or wording puts that code first; codes that share it come first together, and are said to', async () => {
			const misses: string[] = [];
			for (const { text, code } of wordings) {
				const wanted = codes
					.filter((entry) => wordingsOf(entry).some((other) => normal(other) === normal(text)))
					.map((entry) => edition.target(`/codes/${entry.code}/`));
				const links = await offered(edition, engine, text);
				if (
					!wanted.includes(edition.target(`/codes/${code}/`)) ||
					links.slice(0, wanted.length).sort().join() !== [...wanted].sort().join()
				)
					misses.push(
						`${JSON.stringify(text)} → ${links.slice(0, 3).join(', ')} (wanted ${wanted.join(' and ')} first)`,
					);
				if (wanted.length > 1) {
					const notices = (await answerOf(edition, engine, text)).notices.map((notice) =>
						plainText(notice.parts),
					);
					if (!notices.some((notice) => notice.includes('share this message')))
						misses.push(`${JSON.stringify(text)}: not said to be shared`);
				}
			}
			expect(misses).toEqual([]);
		});
	});
}
