import { formatInTimeZone } from 'date-fns-tz';
import { describe, expect, it } from 'vitest';
import { calendarDay, formatClockTime, wallClock } from '../../src/lib/time/zonedClock';

// Zones readers pick (story zone, Bangladesh, UTC) and "your own zone" stand-ins: half- and
// quarter-hour offsets, both hemispheres' daylight saving, the date line.
const ZONES = [
	'Asia/Kolkata',
	'Asia/Dhaka',
	'UTC',
	'America/New_York',
	'Europe/London',
	'Asia/Kathmandu',
	'Australia/Adelaide',
	'Pacific/Kiritimati',
	'America/St_Johns',
	'Pacific/Chatham',
];

/** Every 89 minutes across two years, so every hour, minute class and DST change is crossed. */
const INSTANTS = Array.from(
	{ length: 12_000 },
	(_, i) => new Date(Date.UTC(2024, 0, 1) + i * 89 * 60_000),
);

describe('wallClock (Intl, browser-safe)', () => {
	it('agrees with date-fns-tz on the hour, minute and day for every zone and instant', () => {
		const mismatches: string[] = [];
		for (const zone of ZONES) {
			for (const instant of INSTANTS) {
				const expected = formatInTimeZone(instant, zone, 'yyyy-MM-dd H:m');
				const { day, hour, minute } = wallClock(instant, zone);
				if (`${day} ${hour}:${minute}` !== expected) {
					mismatches.push(
						`${instant.toISOString()} ${zone}: ${day} ${hour}:${minute} ≠ ${expected}`,
					);
				}
			}
		}
		expect(mismatches.slice(0, 5)).toEqual([]);
	});

	it('reads midnight as hour 0 of the new day, never 24', () => {
		expect(wallClock(new Date('2024-03-05T18:30:00Z'), 'Asia/Kolkata')).toEqual({
			day: '2024-03-06',
			hour: 0,
			minute: 0,
		});
	});
});

describe('formatClockTime', () => {
	const stone = new Date('2024-03-05T15:52:00Z');
	const logout = new Date('2024-03-05T15:30:00Z');

	it('words a time in the zone a reader picks, in both languages', () => {
		expect(formatClockTime(stone, false, 'en', 'Asia/Dhaka')).toBe('9:52 p.m. Bangladesh time');
		expect(formatClockTime(stone, false, 'bn', 'Asia/Dhaka')).toBe('বাংলাদেশ সময় রাত ৯টা ৫২ মিনিট');
		expect(formatClockTime(logout, true, 'en', 'UTC')).toBe('around 15:30 UTC');
		expect(formatClockTime(logout, true, 'bn', 'UTC')).toBe('UTC ১৫:৩০ নাগাদ');
	});

	it('names a zone without a common name by its offset at that instant', () => {
		expect(formatClockTime(stone, false, 'en', 'Europe/Berlin')).toBe('4:52 p.m. GMT+1');
		expect(formatClockTime(stone, false, 'bn', 'Asia/Kathmandu')).toBe('GMT+৫:৪৫ রাত ৯টা ৩৭ মিনিট');
	});
});

describe('calendarDay', () => {
	it('gives the day an instant falls on in a zone', () => {
		const late = [new Date('2024-03-05T17:19:00Z'), new Date('2024-03-05T18:40:00Z')];
		expect(late.map((d) => calendarDay(d, 'Asia/Kolkata'))).toEqual(['2024-03-05', '2024-03-06']);
		expect(late.map((d) => calendarDay(d, 'UTC'))).toEqual(['2024-03-05', '2024-03-05']);
		expect(calendarDay(late[0]!, 'Pacific/Kiritimati')).toBe('2024-03-06');
	});
});
