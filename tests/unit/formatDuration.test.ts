import { describe, expect, it } from 'vitest';
import {
	formatDuration,
	formatDurationRange,
	isoDuration,
} from '../../src/lib/time/formatDuration';

const HOUR = 3_600_000;
const MIN = 60_000;

describe('formatDuration', () => {
	it('words an exact span in both languages', () => {
		expect(formatDuration(HOUR + 7 * MIN, 'en', false)).toBe('1 hour 7 minutes');
		expect(formatDuration(HOUR + 7 * MIN, 'bn', false)).toBe('১ ঘণ্টা ৭ মিনিট');
		expect(formatDuration(2 * HOUR, 'en', false)).toBe('2 hours');
	});

	it('rounds an approximate span to the quarter hour and says “about”', () => {
		expect(formatDuration(HOUR + 7 * MIN, 'en', true)).toBe('about 1 hour');
		expect(formatDuration(HOUR + 26 * MIN, 'bn', true)).toBe('প্রায় ১ ঘণ্টা ৩০ মিনিট');
	});

	it('shows a range when sources disagree, and one value when they agree after rounding', () => {
		expect(formatDurationRange(HOUR, 2 * HOUR + 7 * MIN, 'en', true)).toBe(
			'between about 1 hour and 2 hours',
		);
		expect(formatDurationRange(HOUR, 2 * HOUR + 7 * MIN, 'bn', true)).toBe(
			'প্রায় ১ ঘণ্টা থেকে ২ ঘণ্টা',
		);
		expect(formatDurationRange(HOUR, HOUR + 5 * MIN, 'en', true)).toBe('about 1 hour');
	});

	it('gives an HTML duration for <time datetime>', () => {
		expect(isoDuration(2 * HOUR + 7 * MIN)).toBe('PT2H7M');
		expect(isoDuration(HOUR)).toBe('PT1H');
		expect(isoDuration(40 * MIN)).toBe('PT40M');
	});
});
