import { expect, test } from 'vitest';
import { requestUrl } from '../../src/utils/request-url';

test('turns a query string into a full URL', () => {
	expect(requestUrl('command=getClips&serverID=[UID]')).toBe(
		'http://[server]/command?command=getClips&serverID=[UID]',
	);
});

test('leaves other request forms as they are', () => {
	expect(requestUrl('POST exportVideo with XML body')).toBe('POST exportVideo with XML body');
});
