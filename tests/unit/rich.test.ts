import { describe, expect, test } from 'vitest';
import { plainText, ui } from '../../src/utils/rich';

describe('ui', () => {
	test('reads code, links and keys, and nothing else', () => {
		expect(
			ui('Rely on `errorcode` ([reading a result](/results/)); press <kbd>Ctrl</kbd> <b>now</b>.'),
		).toEqual([
			{ text: 'Rely on ' },
			{ text: 'errorcode', code: true },
			{ text: ' (' },
			{ text: 'reading a result', href: '/results/' },
			{ text: '); press ' },
			{ text: 'Ctrl', kbd: true },
			{ text: ' <b>now</b>.' },
		]);
	});

	test('a link may be code', () => {
		expect(ui('[`0`](/codes/0/) means success.')).toEqual([
			{ text: '0', code: true, href: '/codes/0/' },
			{ text: ' means success.' },
		]);
	});
});

describe('ui with values', () => {
	test('fills in values after reading the markup, so a value is only ever text', () => {
		expect(
			ui('`{{name}}` is not documented; see [`{{command}}`]({{href}}).', {
				name: 'a`b](x)',
				command: 'getClips',
				href: '/commands/getclips/',
			}),
		).toEqual([
			{ text: 'a`b](x)', code: true },
			{ text: ' is not documented; see ' },
			{ text: 'getClips', code: true, href: '/commands/getclips/' },
			{ text: '.' },
		]);
	});

	test('reads as plain text', () => {
		expect(plainText(ui('Rely on `errorcode` ([reading a result](/results/)).'))).toBe(
			'Rely on errorcode (reading a result).',
		);
	});
});
