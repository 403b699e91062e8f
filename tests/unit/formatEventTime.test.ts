import { describe, expect, it } from 'vitest';
import { formatEventDate, formatEventTime } from '../../src/lib/time/formatEventTime';
import { parseEventTime, type Precision } from '../../src/lib/time/parseEventTime';

/** A seed time as an editor writes it, ready to format. */
const at = (input: string, zone: string, precision: Precision = 'exact') => ({
	instant: parseEventTime(input, zone, precision).instant,
	precision,
	zone,
});

const logout = at('2024-03-05 21:00', 'Asia/Kolkata', 'approximate');
const restored = at('2024-03-05 22:00', 'Asia/Kolkata', 'approximate');
const firstStatement = at('2024-03-05T15:52:00Z', 'UTC');
const secondStatement = at('2024-03-05 12:19', 'America/New_York');

describe('formatEventTime in English', () => {
	it('shows the report’s approximate times as the report gives them', () => {
		expect(formatEventTime(logout, 'en', 'Asia/Kolkata')).toBe('around 9 p.m. IST');
		expect(formatEventTime(restored, 'en', 'Asia/Kolkata')).toBe('around 10 p.m. IST');
	});

	it('shows exact times with minutes in IST, Bangladesh time and UTC', () => {
		expect(formatEventTime(firstStatement, 'en', 'Asia/Kolkata')).toBe('9:22 p.m. IST');
		expect(formatEventTime(firstStatement, 'en', 'Asia/Dhaka')).toBe('9:52 p.m. Bangladesh time');
		expect(formatEventTime(firstStatement, 'en', 'UTC')).toBe('15:52 UTC');
		expect(formatEventTime(secondStatement, 'en', 'Asia/Kolkata')).toBe('10:49 p.m. IST');
	});

	it('keeps “around” when an approximate time moves to another zone', () => {
		expect(formatEventTime(logout, 'en', 'UTC')).toBe('around 15:30 UTC');
		expect(formatEventTime(logout, 'en', 'Asia/Dhaka')).toBe('around 9:30 p.m. Bangladesh time');
	});

	it('follows daylight saving in a zone that has it, on each side of the switch', () => {
		const before = at('2024-03-09T15:00:00Z', 'UTC');
		const after = at('2024-03-10T15:00:00Z', 'UTC');
		expect(formatEventTime(before, 'en', 'America/New_York')).toBe('10 a.m. ET');
		expect(formatEventTime(after, 'en', 'America/New_York')).toBe('11 a.m. ET');
	});

	it('says noon and midnight in words', () => {
		expect(formatEventTime(at('2024-03-05 12:00', 'Asia/Kolkata'), 'en', 'Asia/Kolkata')).toBe(
			'noon IST',
		);
		expect(formatEventTime(at('2024-03-05 00:00', 'Asia/Kolkata'), 'en', 'Asia/Kolkata')).toBe(
			'midnight IST',
		);
	});

	it('gives a day-precision time as its date only, never shifted to another zone’s date', () => {
		const day = at('2024-03-05', 'Asia/Kolkata', 'day');
		expect(formatEventTime(day, 'en', 'Asia/Kolkata')).toBe('Tuesday, 5 March 2024');
		expect(formatEventTime(day, 'en', 'America/New_York')).toBe('Tuesday, 5 March 2024');
		expect(formatEventTime(day, 'en', 'UTC')).toBe('Tuesday, 5 March 2024');
	});
});

describe('formatEventTime in Bengali', () => {
	it('uses Bengali words for the time of day and Bengali digits, as the report does', () => {
		expect(formatEventTime(logout, 'bn', 'Asia/Kolkata')).toBe('ভারতীয় সময় রাত ৯টা নাগাদ');
		expect(formatEventTime(restored, 'bn', 'Asia/Kolkata')).toBe('ভারতীয় সময় রাত ১০টা নাগাদ');
		expect(formatEventTime(firstStatement, 'bn', 'Asia/Kolkata')).toBe(
			'ভারতীয় সময় রাত ৯টা ২২ মিনিট',
		);
		expect(formatEventTime(firstStatement, 'bn', 'Asia/Dhaka')).toBe(
			'বাংলাদেশ সময় রাত ৯টা ৫২ মিনিট',
		);
		expect(formatEventTime(firstStatement, 'bn', 'UTC')).toBe('UTC ১৫:৫২');
	});

	it('says half past and quarter past/to the Bengali way (সাড়ে, দেড়টা, আড়াইটা, সোয়া, পৌনে)', () => {
		const fmt = (time: string) => formatEventTime(at(time, 'Asia/Dhaka'), 'bn', 'Asia/Dhaka');
		expect(fmt('2024-03-05 21:30')).toBe('বাংলাদেশ সময় রাত সাড়ে ৯টা');
		expect(fmt('2024-03-05 13:30')).toBe('বাংলাদেশ সময় দুপুর দেড়টা');
		expect(fmt('2024-03-05 14:30')).toBe('বাংলাদেশ সময় দুপুর আড়াইটা');
		expect(fmt('2024-03-05 07:15')).toBe('বাংলাদেশ সময় সকাল সোয়া ৭টা');
		expect(fmt('2024-03-05 17:45')).toBe('বাংলাদেশ সময় বিকেল পৌনে ৬টা');
		expect(fmt('2024-03-05 05:00')).toBe('বাংলাদেশ সময় ভোর ৫টা');
		expect(fmt('2024-03-05 19:05')).toBe('বাংলাদেশ সময় সন্ধ্যা ৭টা ৫ মিনিট');
	});

	it('never shows a Latin AM/PM or Latin digit in Bengali times, at any hour', () => {
		for (let minutes = 0; minutes < 24 * 60; minutes += 7) {
			const time = {
				instant: new Date(Date.UTC(2024, 2, 5, 0, minutes)),
				precision: 'exact' as const,
				zone: 'UTC',
			};
			for (const zone of ['Asia/Kolkata', 'Asia/Dhaka', 'America/New_York']) {
				const text = formatEventTime(time, 'bn', zone);
				expect(text).not.toMatch(/AM|PM|a\.m\.|p\.m\.|[0-9]/i);
			}
		}
	});

	it('gives dates in Bengali with Bengali digits', () => {
		expect(formatEventDate(logout.instant, 'bn', 'Asia/Kolkata')).toBe('মঙ্গলবার, ৫ মার্চ, ২০২৪');
		expect(formatEventTime(at('2024-03-05', 'Asia/Kolkata', 'day'), 'bn', 'UTC')).toBe(
			'মঙ্গলবার, ৫ মার্চ, ২০২৪',
		);
	});
});
