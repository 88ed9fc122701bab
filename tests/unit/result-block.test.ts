/**
 * A filled-in result block is what Expressive Code renders for that code: checked against
 * Expressive Code itself, for every code in the data and for descriptions that could trip it up.
 */
import { ExpressiveCode } from 'expressive-code';
import { toHtml } from 'expressive-code/hast';
import { describe, expect, test } from 'vitest';
import { canFillResultBlock, fillResultBlock, PLACEHOLDER_XML } from '../../src/lib/result-block';
import { resultXml } from '../../src/lib/result-xml';
import { codes } from '../support/data';

// Wrapped, as on the site (astro.config.mjs): the width of the longest line is part of the block.
const expressiveCode = new ExpressiveCode({ defaultProps: { wrap: true } });

async function render(code: string, title: string): Promise<string> {
	const { renderedGroupAst } = await expressiveCode.render({ code, language: 'xml', props: { title } });
	return toHtml(renderedGroupAst);
}

const rendered = await render(PLACEHOLDER_XML, 'Result');

describe('a filled-in result block', () => {
	const fillable = codes.filter((entry) => canFillResultBlock(entry.name));

	test('can be used for most codes of the data', () => {
		expect(fillable.length).toBeGreaterThan(codes.length / 2);
	});

	test.each(fillable.map((entry) => [entry.code, entry.name] as const))('is what Expressive Code renders for %i %s', async (code, name) => {
		expect(fillResultBlock(rendered, code, name)).toBe(await render(resultXml(code, name), 'Result'));
	});

	test.each([
		[-4999, 'A description long enough to be the widest line by far, and then some more words'],
		[3, 'Gerät nicht gefunden – ÄÖÜ ß 设备'],
		[-1, 'Costs $$ and $1 to fix'],
		[0, 'Ok, no error.'],
	])('is what Expressive Code renders for %i %s', async (code, name) => {
		expect(fillResultBlock(rendered, code, name)).toBe(await render(resultXml(code, name), 'Result'));
	});
});

describe('a description that is escaped or spans lines', () => {
	test.each(['a & b', 'a < b', 'a > b', 'say "no"', 'doesn\'t exist', 'a `b`', 'one\ntwo', 'tab\there'])('cannot be filled in: %j', (name) => {
		expect(canFillResultBlock(name)).toBe(false);
		expect(() => fillResultBlock(rendered, -1, name)).toThrow('cannot be filled in');
	});
});

test('a rendered block of another shape is refused, not filled in wrongly', () => {
	expect(() => fillResultBlock(rendered.replace('--ecMaxLine', '--other'), -1, 'General error')).toThrow('--ecMaxLine');
	expect(() => fillResultBlock(rendered.replace('RESULTBLOCKCODE', '-1'), -1, 'General error')).toThrow('RESULTBLOCKCODE');
});
