/**
 * The support vocabulary (data/vocabulary.json) against the reference: each group stands for the
 * vendor's words, so each of its `vendor` words must stand in a code's name, message or other
 * wording, or be a command's or a parameter's name; and a phrase means one thing, so it is in one
 * group, once.
 */
import type { ResultCode } from '../schemas/code';
import type { Command } from '../schemas/command';
import type { VocabularyGroup } from '../schemas/vocabulary';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The vendor's words: its names, messages and other wordings of codes, and its command and parameter names. */
function vendorText(codes: readonly ResultCode[], commands: readonly Command[]): string {
	return [
		...codes.flatMap((entry) => [
			entry.name,
			entry.message,
			...entry.wordings.map((wording) => wording.text),
		]),
		...commands.flatMap((command) => [
			command.name,
			...command.parameters.map((parameter) => parameter.name),
		]),
	].join('\n');
}

export function findVocabularyProblems(
	groups: readonly VocabularyGroup[],
	codes: readonly ResultCode[],
	commands: readonly Command[],
	file: string,
): string[] {
	const text = vendorText(codes, commands);
	const problems: string[] = [];
	const phrases = new Map<string, string>();
	for (const group of groups) {
		const where = `${file}: entry ${JSON.stringify(group.id)}`;
		group.vendor.forEach((words, index) => {
			// At the start of a word, in any case: "export" stands in "exported" and "exportVideo".
			if (!new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words)}`, 'iu').test(text))
				problems.push(
					`${where}: field "vendor[${index}]": "${words}" is in no code's name, message or wording, nor a command's or parameter's name`,
				);
		});
		for (const language of ['en', 'nl'] as const) {
			group[language].forEach((phrase, index) => {
				const other = phrases.get(phrase);
				if (other !== undefined)
					problems.push(
						`${where}: field "${language}[${index}]": "${phrase}" is in ${other === group.id ? 'this group' : `group "${other}"`} already`,
					);
				phrases.set(phrase, group.id);
			});
		}
	}
	return problems;
}
