import { expect, test } from 'vitest';
import { documentHtml, h, rawText } from '../../src/offline/build/html';

/** An element as the edition writes it, without the doctype. */
const written = (element: ReturnType<typeof h>) =>
	documentHtml(element).replace(/^<!doctype[^>]*>/i, '');

test('text and attribute values are escaped; only what h() made is markup', () => {
	const markup = written(
		h(
			'div',
			{ class: 'x" onclick="alert(1)', hidden: true, id: undefined },
			'<b>bold</b> & ',
			h('code', {}, '1 < 2'),
			[false, null, undefined, 42],
		),
	);
	expect(markup).not.toContain('<b>');
	expect(markup).not.toMatch(/onclick=(?!&)/);
	expect(markup).toContain('&lt;b>bold&lt;/b> &#38; <code>1 &lt; 2</code>42');
});

test('a style or script keeps its text, and refuses text that would end it early', () => {
	expect(written(rawText('script', {}, 'if (a < b) go();'))).toBe(
		'<script>if (a < b) go();</script>',
	);
	expect(() => rawText('script', {}, 'x = "</SCRIPT>"')).toThrow();
	expect(() => rawText('style', {}, 'a{} <!-- b')).toThrow();
});
