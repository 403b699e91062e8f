import { describe, expect, it } from 'vitest';
import { localDigits } from '../../src/i18n/digits';

describe('localDigits', () => {
	it('writes digits as the language does', () => {
		expect(localDigits('GMT+5:45', 'bn')).toBe('GMT+৫:৪৫');
		expect(localDigits(2024, 'bn')).toBe('২০২৪');
		expect(localDigits('GMT+5:45', 'en')).toBe('GMT+5:45');
	});
});
