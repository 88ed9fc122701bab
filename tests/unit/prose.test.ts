import { describe, expect, test } from 'vitest';
import { prose, proseText } from '../../src/views/prose';

const links = {
	command: (name: string) =>
		name.toLowerCase() === 'getdevicelist' ? '/commands/getdevicelist/' : undefined,
	code: (code: number) => ([-2, -17, -30].includes(code) ? `/codes/${code}/` : undefined),
};

describe('prose', () => {
	test('keeps plain text as one part', () => {
		expect(prose('No markup here.', links)).toEqual([{ text: 'No markup here.' }]);
	});

	test('marks backticked text as code and links known commands', () => {
		expect(prose('Call `getDeviceList` with `serverid`.', links)).toEqual([
			{ text: 'Call ' },
			{ text: 'getDeviceList', code: true, href: '/commands/getdevicelist/' },
			{ text: ' with ' },
			{ text: 'serverid', code: true },
			{ text: '.' },
		]);
	});

	test('links mentions of documented codes', () => {
		expect(prose('It gives -2, not -17.', links)).toEqual([
			{ text: 'It gives ' },
			{ text: '-2', href: '/codes/-2/' },
			{ text: ', not ' },
			{ text: '-17', href: '/codes/-17/' },
			{ text: '.' },
		]);
	});

	test('does not link the page it is on', () => {
		expect(prose('See -17 and `getDeviceList`.', links, '/codes/-17/')).toEqual([
			{ text: 'See ' },
			{ text: '-17' },
			{ text: ' and ' },
			{ text: 'getDeviceList', code: true, href: '/commands/getdevicelist/' },
			{ text: '.' },
		]);
	});

	test('leaves numbers alone that are not code mentions', () => {
		for (const text of [
			'boxes 1-4',
			'speed -1000..1000',
			'UTC-2',
			'2013-09-03',
			'code -99',
			'x-30',
		]) {
			expect(prose(text, links)).toEqual([{ text }]);
		}
	});

	test('keeps an unpaired backtick as text', () => {
		expect(prose('a ` b', links)).toEqual([{ text: 'a ` b' }]);
	});

	test('never produces markup: angle brackets stay text', () => {
		expect(prose('<script>alert(1)</script> & `<b>`', links)).toEqual([
			{ text: '<script>alert(1)</script> & ' },
			{ text: '<b>', code: true },
		]);
	});
});

describe('proseText', () => {
	test('keeps the words of code and drops the backticks', () => {
		expect(proseText('Poll `getClips`, then `downloadClip`.')).toBe(
			'Poll getClips, then downloadClip.',
		);
	});

	test('leaves a lone backtick, which marks nothing, as it is', () => {
		expect(proseText('A ` alone.')).toBe('A ` alone.');
	});
});
