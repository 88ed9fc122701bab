import { expect, test } from 'vitest';
import { h, html, rawText } from '../../src/offline/build/html';

test('text and attribute values are escaped; only what h() made is markup', () => {
	const markup = h(
		'p',
		{ class: 'x" onclick="alert(1)', hidden: true, id: undefined },
		'<b>bold</b> & ',
		h('code', {}, '1 < 2'),
		[false, null, undefined, 42],
	).markup;
	expect(markup).toBe(
		'<p class="x&#34; onclick=&#34;alert(1)" hidden>&lt;b&gt;bold&lt;/b&gt; &amp; <code>1 &lt; 2</code>42</p>',
	);
	expect(html('a', h('br')).markup).toBe('a<br>');
});

test('a style or script keeps its text, and refuses text that would end it early', () => {
	expect(rawText('script', {}, 'if (a < b) go();').markup).toBe(
		'<script>if (a < b) go();</script>',
	);
	expect(() => rawText('script', {}, 'x = "</SCRIPT>"')).toThrow();
	expect(() => rawText('style', {}, 'a{} <!-- b')).toThrow();
});
