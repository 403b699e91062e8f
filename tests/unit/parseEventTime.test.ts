import { describe, expect, it } from 'vitest';
import { EventTimeError, parseEventTime } from '../../src/lib/time/parseEventTime';

const iso = (input: string, zone: string, precision?: 'exact' | 'approximate' | 'day') =>
	parseEventTime(input, zone, precision).instant.toISOString();

describe('parseEventTime', () => {
	it('reads an editor’s local time in the story zone (the report’s 9 p.m. in India is 15:30 UTC)', () => {
		expect(iso('2024-03-05 21:00', 'Asia/Kolkata')).toBe('2024-03-05T15:30:00.000Z');
		expect(iso('2024-03-05 22:00', 'Asia/Kolkata')).toBe('2024-03-05T16:30:00.000Z');
	});

	it('reads the same wall time differently in Dhaka, New York and UTC', () => {
		expect(iso('2024-03-05 21:00', 'Asia/Dhaka')).toBe('2024-03-05T15:00:00.000Z');
		expect(iso('2024-03-05 10:17', 'America/New_York')).toBe('2024-03-05T15:17:00.000Z');
		expect(iso('2024-03-05 15:52', 'UTC')).toBe('2024-03-05T15:52:00.000Z');
	});

	it('accepts ISO times with Z or an offset, whatever the zone', () => {
		expect(iso('2024-03-05T15:52:00Z', 'Asia/Kolkata')).toBe('2024-03-05T15:52:00.000Z');
		expect(iso('2024-03-05T12:19-05:00', 'Asia/Kolkata')).toBe('2024-03-05T17:19:00.000Z');
	});

	it('uses the right offset on each side of a daylight-saving switch', () => {
		// New York moved to EDT on 10 March 2024 at 02:00.
		expect(iso('2024-03-09 12:00', 'America/New_York')).toBe('2024-03-09T17:00:00.000Z');
		expect(iso('2024-03-10 12:00', 'America/New_York')).toBe('2024-03-10T16:00:00.000Z');
		expect(iso('2024-03-10 01:59', 'America/New_York')).toBe('2024-03-10T06:59:00.000Z');
		expect(iso('2024-03-10 03:00', 'America/New_York')).toBe('2024-03-10T07:00:00.000Z');
	});

	it('keeps a day-precision date as that day in its zone', () => {
		const time = parseEventTime('2024-03-05', 'Asia/Kolkata', 'day');
		expect(time.localDate).toBe('2024-03-05');
		expect(time.instant.toISOString()).toBe('2024-03-04T18:30:00.000Z');
	});

	it('refuses a local time that the clocks skipped, saying why and how to fix it', () => {
		expect(() => parseEventTime('2024-03-10 02:30', 'America/New_York')).toThrowError(
			'2024-03-10 02:30 never happened in America/New_York: the clocks skipped it for daylight saving. Check the source, or give the time with its UTC offset, e.g. "2024-03-10T02:30-05:00" if the source still used the offset from before the change',
		);
	});

	it('refuses a local time that happened twice, and suggests the offset form', () => {
		expect(() => parseEventTime('2024-11-03 01:30', 'America/New_York')).toThrowError(
			'2024-11-03 01:30 happened twice in America/New_York, because the clocks went back for daylight saving. Give the time with its UTC offset so readers see the right one, e.g. "2024-11-03T01:30-04:00"',
		);
	});

	it.each([
		['2024-02-30 10:00', 'February 2024 has no day 30 (it has 29 days); check the date'],
		['2023-02-29 10:00', 'February 2023 has no day 29 (it has 28 days); check the date'],
		['2024-13-01 10:00', 'there is no month 13; months go from 01 to 12'],
		['2024-03-05 24:30', '24:30 is not a time of day; use 24-hour time from 00:00 to 23:59'],
		[
			'9 pm',
			'"9 pm" is not a time; write it as "2024-03-05 21:00" (local time in the entry\'s zone) or "2024-03-05T15:30:00Z"',
		],
		[
			'2024-03-05',
			'"2024-03-05" has a date but no time of day; add the time ("2024-03-05 21:00") or set precision: day',
		],
	])('refuses %s with a plain message', (input, message) => {
		expect(() => parseEventTime(input, 'Asia/Kolkata')).toThrowError(message);
	});

	it('refuses an unknown zone and a bare offset, naming valid zones', () => {
		for (const zone of ['Asia/Kolkatta', '+05:30', 'IST']) {
			expect(() => parseEventTime('2024-03-05 21:00', zone)).toThrowError(EventTimeError);
		}
		expect(() => parseEventTime('2024-03-05 21:00', 'Asia/Kolkatta')).toThrowError(
			'"Asia/Kolkatta" is not a time zone name; use an IANA name such as "Asia/Kolkata", "Asia/Dhaka" or "UTC"',
		);
	});
});
