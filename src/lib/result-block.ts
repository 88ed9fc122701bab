/**
 * A result block rendered once and filled in for each code. Expressive Code renders the result
 * document of every code to the same HTML but for the number, the description and the longest
 * line's width, and rendering it on each of thousands of code pages was the largest cost of a
 * large build. So the block is rendered once from `PLACEHOLDER_XML`, and `fillResultBlock` puts a
 * code's values in their places.
 *
 * Only a description that Expressive Code highlights and escapes as it does the placeholder can
 * be filled in: one line of text without the characters that XML or HTML attributes escape
 * (`&<>"'` and the backtick).
 */
import { resultXml } from './result-xml';

const CODE_PLACEHOLDER = 'RESULTBLOCKCODE';
const DESCRIPTION_PLACEHOLDER = 'RESULTBLOCKDESCRIPTION';
/** Each placeholder is in the code shown and in the copy button's text. */
const PLACEHOLDER_COUNT = 2;
/** Expressive Code sets the width of a wrapped block from its longest line, in characters. */
const MAX_LINE = /--ecMaxLine:\d+ch/g;

/** The result document to render once, with placeholders for the number and the description. */
export const PLACEHOLDER_XML = resultXml(CODE_PLACEHOLDER, DESCRIPTION_PLACEHOLDER);

export function canFillResultBlock(description: string): boolean {
	return !/[&<>"'`\t\r\n]/.test(description);
}

/**
 * The block of a code: the rendered placeholder block with the code's number, description and
 * width. Throws if the rendered block is not shaped as expected (a new Expressive Code, say).
 */
export function fillResultBlock(rendered: string, code: number, description: string): string {
	if (!canFillResultBlock(description)) throw new Error(`A result block cannot be filled in with the description ${JSON.stringify(description)}.`);
	const problems = shapeProblems(rendered);
	if (problems.length > 0) throw new Error(`The rendered result block cannot be filled in: ${problems.join('; ')}.`);
	const maxLine = Math.max(...resultXml(code, description).split('\n').map((line) => line.length));
	return rendered
		.replaceAll(CODE_PLACEHOLDER, String(code))
		.replaceAll(DESCRIPTION_PLACEHOLDER, () => description)
		.replace(MAX_LINE, `--ecMaxLine:${maxLine}ch`);
}

function shapeProblems(rendered: string): string[] {
	const problems: string[] = [];
	for (const placeholder of [CODE_PLACEHOLDER, DESCRIPTION_PLACEHOLDER]) {
		const count = rendered.split(placeholder).length - 1;
		if (count !== PLACEHOLDER_COUNT) problems.push(`${placeholder} is there ${count} times, not ${PLACEHOLDER_COUNT}`);
	}
	const widths = rendered.match(MAX_LINE)?.length ?? 0;
	if (widths !== 1) problems.push(`--ecMaxLine is there ${widths} times, not once`);
	return problems;
}
