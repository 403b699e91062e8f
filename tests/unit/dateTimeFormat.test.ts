import { describe, expect, it } from 'vitest';
import { dateTimeFormat } from '../../src/lib/time/dateTimeFormat';

describe('dateTimeFormat', () => {
	const instant = new Date('2024-03-05T20:30:00Z');

	it('formats as a new Intl.DateTimeFormat with the same locale and options does', () => {
		const options = { timeZone: 'Asia/Dhaka', weekday: 'long', day: 'numeric' } as const;
		expect(dateTimeFormat('bn-BD', options).format(instant)).toBe(
			new Intl.DateTimeFormat('bn-BD', options).format(instant),
		);
		expect(dateTimeFormat('en-CA', { timeZone: 'Asia/Dhaka' }).format(instant)).toBe('2024-03-06');
		expect(dateTimeFormat('en-CA', { timeZone: 'UTC' }).format(instant)).toBe('2024-03-05');
	});

	it('makes one formatter per locale and options, reused by every later call', () => {
		const a = dateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' });
		expect(dateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata' })).toBe(a);
		expect(dateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' })).not.toBe(a);
		expect(dateTimeFormat('en-US', { timeZone: 'Asia/Kolkata' })).not.toBe(a);
	});
});
