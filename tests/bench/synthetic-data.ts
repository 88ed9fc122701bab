/**
 * Valid data of any size for the build benchmark: `count` codes (0, -1, -2 …) and commands that
 * list them, shaped like data/codes.json and data/commands.json.
 */
import { CODE_CATEGORY_IDS } from '../../src/schemas/categories.ts';

const COMMANDS = 40;

export function syntheticCodes(count: number) {
	return Array.from({ length: count }, (_, row) => {
		const code = 0 - row;
		return {
			code,
			name: `Synthetic error ${row}`,
			message: `The synthetic condition number ${row} occurred.`,
			category: CODE_CATEGORY_IDS[row % CODE_CATEGORY_IDS.length],
			summary: `A generated code, number ${row}, with prose of a realistic length for a code page.`,
			explanation: [
				`Code ${code} stands in for a real result code so that the build can be measured at scale. It has the fields and the amount of text a documented code has.`,
				'A second paragraph, as many codes have, says when the server answers with it and what the caller can rely on.',
			],
			...(code === 0
				? { triage: { actsFirst: 'none', retry: 'no', note: 'Success.' }, causes: [], fixes: [] }
				: {
						triage: {
							actsFirst: 'caller',
							retry: 'no',
							note: 'A generated reading of who acts first.',
						},
						causes: [
							'A first likely cause, in a sentence or two.',
							'A second cause, as most codes list.',
						],
						fixes: [
							'Call `getDeviceList` and use the id it returns.',
							'Check the server logs at the time of the request.',
						],
					}),
			related: row > 1 ? [code + 1] : [],
			provenance: 'row-order',
			sources: [
				{
					url: 'https://example.com/result-codes',
					title: 'Result Codes (synthetic)',
					says: `Row ${row}.`,
				},
			],
			searchTerms: ['synthetic condition', `generated code ${row}`],
		};
	});
}

export function syntheticCommands(count: number) {
	return Array.from({ length: COMMANDS }, (_, index) => {
		const listed = Array.from({ length: 10 }, (_, offset) => 0 - ((index * 10 + offset) % count));
		return {
			name: `syntheticCommand${index}`,
			category: `Category ${index % 8}`,
			summary: 'A generated command that lists some of the generated codes.',
			request: `command=syntheticCommand${index}&serverid=[UID]`,
			parameters: [{ name: 'serverid', type: '[UID]', description: 'Unique id of the server.' }],
			codes: { listed: [...new Set(listed)], likely: [] },
			vendorUrls: ['https://example.com/command'],
		};
	});
}
