import { expect, test } from 'vitest';
import { escapeHtml } from '../../src/utils/html';

test('markup characters become character references, as text and in double-quoted attributes', () => {
	expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
		'&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;',
	);
	expect(escapeHtml('-18 General error')).toBe('-18 General error');
});
