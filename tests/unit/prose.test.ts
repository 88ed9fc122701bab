import { describe, expect, test } from 'vitest';
import { proseHtml, proseText, splitProse } from '../../src/lib/prose';

const links = {
	command: (name: string) => (name.toLowerCase() === 'getdevicelist' ? '/commands/getdevicelist/' : undefined),
	code: (code: number) => ([-2, -17, -30].includes(code) ? `/codes/${code}/` : undefined),
};

describe('splitProse', () => {
	test('keeps plain text as one part', () => {
		expect(splitProse('No markup here.', links)).toEqual([{ text: 'No markup here.', code: false }]);
	});

	test('marks backticked text as code and links known commands', () => {
		expect(splitProse('Call `getDeviceList` with `serverid`.', links)).toEqual([
			{ text: 'Call ', code: false },
			{ text: 'getDeviceList', code: true, href: '/commands/getdevicelist/' },
			{ text: ' with ', code: false },
			{ text: 'serverid', code: true, href: undefined },
			{ text: '.', code: false },
		]);
	});

	test('links mentions of documented codes', () => {
		expect(splitProse('It gives -2, not -17.', links)).toEqual([
			{ text: 'It gives ', code: false },
			{ text: '-2', code: false, href: '/codes/-2/' },
			{ text: ', not ', code: false },
			{ text: '-17', code: false, href: '/codes/-17/' },
			{ text: '.', code: false },
		]);
	});

	test('leaves numbers alone that are not code mentions', () => {
		for (const text of ['boxes 1-4', 'speed -1000..1000', 'UTC-2', '2013-09-03', 'code -99', 'x-30']) {
			expect(splitProse(text, links)).toEqual([{ text, code: false }]);
		}
	});

	test('keeps an unpaired backtick as text', () => {
		expect(splitProse('a ` b', links)).toEqual([{ text: 'a ` b', code: false }]);
	});

	test('never produces markup: angle brackets stay text', () => {
		expect(splitProse('<script>alert(1)</script> & `<b>`', links)).toEqual([
			{ text: '<script>alert(1)</script> & ', code: false },
			{ text: '<b>', code: true, href: undefined },
		]);
	});
});

describe('proseHtml', () => {
	test('escapes every character of the text that HTML would read as markup', () => {
		expect(proseHtml(`<img src=x onerror="alert(1)"> & 'quotes'`, links)).toBe(
			'&#60;img src=x onerror=&#34;alert(1)&#34;&#62; &#38; &#39;quotes&#39;'
		);
		expect(proseHtml('Uses `<b>` here.', links)).toBe('Uses <code>&#60;b&#62;</code> here.');
	});

	test('links commands and codes, except to the page itself', () => {
		expect(proseHtml('See `getDeviceList` and -17.', links)).toBe(
			'See <a href="/commands/getdevicelist/"><code>getDeviceList</code></a> and <a href="/codes/-17/">-17</a>.'
		);
		expect(proseHtml('See -17.', links, '/codes/-17/')).toBe('See -17.');
	});
});

describe('proseText', () => {
	test('keeps the words of code and drops the backticks', () => {
		expect(proseText('Poll `getClips`, then `downloadClip`.')).toBe('Poll getClips, then downloadClip.');
	});

	test('leaves a lone backtick, which marks nothing, as it is', () => {
		expect(proseText('A ` alone.')).toBe('A ` alone.');
	});
});
