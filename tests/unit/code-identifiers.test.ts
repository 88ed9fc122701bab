import { expect, test } from 'vitest';
import { codeIdentifier } from '../../src/reference/identifiers';

test('the vendor’s name in PascalCase', () => {
	expect(codeIdentifier('General error')).toBe('GeneralError');
	expect(codeIdentifier('Invalid Timestamp.')).toBe('InvalidTimestamp');
	expect(codeIdentifier("Storage location doesn't exist")).toBe('StorageLocationDoesntExist');
	expect(codeIdentifier('No multiLayout')).toBe('NoMultiLayout');
	expect(codeIdentifier('No deviceID parameter found')).toBe('NoDeviceIDParameterFound');
});
