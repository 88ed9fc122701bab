import { expect, test } from 'vitest';
import { slugify } from '../../src/utils/slug';

test('slugify makes anchors from labels', () => {
	expect(slugify('Servers & Devices')).toBe('servers-devices');
	expect(slugify('Camera Control')).toBe('camera-control');
	expect(slugify("Storage location doesn't exist")).toBe('storage-location-doesnt-exist');
});
