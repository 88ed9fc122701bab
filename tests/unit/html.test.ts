import { expect, test } from 'vitest';
import { escapeMarkup } from '../../src/utils/html';

test('markup characters become character references, as text and in double-quoted attributes', () => {
	expect(escapeMarkup(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;'&amp;'&lt;/a&gt;");
	expect(escapeMarkup('-18 General error')).toBe('-18 General error');
});
