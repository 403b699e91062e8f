import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { dayEnd, resolveTime } from '../../src/lib/story/resolveTime';
import { EventTimeError, type Precision } from '../../src/lib/time/parseEventTime';
import { wallClock, zoneOffsetMs } from '../../src/lib/time/zonedClock';

/**
 * Editors preview on their own laptops (in Dhaka, Kolkata, New York…) and CI builds in UTC: the
 * machine's zone must never change a published time. Each time is resolved with the process in
 * several zones and compared with the same time resolved in UTC.
 */
const MACHINE_ZONES = [
	'Asia/Dhaka',
	'Asia/Kolkata',
	'America/New_York',
	'Australia/Sydney',
	'Europe/London',
	'Pacific/Chatham',
	'America/Sao_Paulo',
];
const WRITTEN_ZONES = [
	'Asia/Kolkata',
	'Asia/Dhaka',
	'Asia/Kathmandu',
	'America/New_York',
	'America/Los_Angeles',
	'Australia/Sydney',
	'Australia/Lord_Howe',
	'Europe/London',
	'Pacific/Chatham',
];
/** Hours around DST changes in the written zones, where a wrong offset shows. */
const NEAR = [
	'2024-03-10T07:00:00Z',
	'2024-11-03T06:00:00Z',
	'2024-04-06T16:00:00Z',
	'2024-10-05T16:00:00Z',
	'2024-03-31T01:00:00Z',
	'2024-10-27T01:00:00Z',
	'2024-04-06T14:45:00Z',
	'2024-04-06T15:00:00Z',
	'2023-12-31T18:30:00Z',
].map((iso) => Date.parse(iso));

const before = process.env['TZ'];
afterEach(() => {
	if (before === undefined) delete process.env['TZ'];
	else process.env['TZ'] = before;
});

function resolvedIn(machine: string, written: string, zone: string, precision: Precision) {
	process.env['TZ'] = machine;
	try {
		const r = resolveTime(written, zone, precision, 'Asia/Kolkata');
		return { instant: r.instant.toISOString(), zone: r.zone, localDate: r.localDate };
	} catch (error) {
		if (error instanceof EventTimeError) return { error: error.message };
		throw error;
	}
}

const pad = (n: number) => String(n).padStart(2, '0');
const writtenTime = fc.record({
	near: fc.constantFrom(...NEAR),
	shift: fc.integer({ min: -36 * 4, max: 36 * 4 }),
	zone: fc.constantFrom(...WRITTEN_ZONES),
	form: fc.constantFrom('local', 'offset', 'day'),
	offsetShift: fc.constantFrom(0, 0, -60, 60, 30),
});

describe('the build machine’s zone', () => {
	it('changes no resolved time, zone or date (local, with an offset, or a day)', () => {
		fc.assert(
			fc.property(writtenTime, ({ near, shift, zone, form, offsetShift }) => {
				const instant = near + shift * 15 * 60_000;
				const clock = wallClock(new Date(instant), zone);
				const local = `${clock.day} ${pad(clock.hour)}:${pad(clock.minute)}`;
				const offsetMinutes = zoneOffsetMs(zone, instant) / 60_000 + offsetShift;
				const sign = offsetMinutes < 0 ? '-' : '+';
				const abs = Math.abs(offsetMinutes);
				const written =
					form === 'day'
						? clock.day
						: form === 'local'
							? local
							: `${local.replace(' ', 'T')}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
				const precision: Precision = form === 'day' ? 'day' : 'exact';
				const inUtc = resolvedIn('UTC', written, zone, precision);
				for (const machine of MACHINE_ZONES) {
					expect(
						resolvedIn(machine, written, zone, precision),
						`${written} in ${zone} on a machine in ${machine}`,
					).toEqual(inUtc);
				}
				if ('instant' in inUtc && form !== 'day') {
					// A local time means that wall clock in its zone.
					const back = wallClock(new Date(inUtc.instant), zone);
					if (form === 'local')
						expect(`${back.day} ${pad(back.hour)}:${pad(back.minute)}`).toBe(local);
					// A time given with the zone's own offset at that instant is in that zone.
					if (form === 'offset')
						expect(inUtc.zone).toBe(
							zoneOffsetMs(zone, Date.parse(inUtc.instant)) === offsetMinutes * 60_000
								? zone
								: 'UTC',
						);
				}
			}),
			{ numRuns: 400 },
		);
	});

	it('names the zone of a time given with its own offset the hour after clocks go back', () => {
		// 01:30 EDT (−04:00) on 3 November 2024 was New York time: 05:30 UTC, before the change at 06:00.
		for (const machine of ['UTC', ...MACHINE_ZONES]) {
			expect(resolvedIn(machine, '2024-11-03T01:30-04:00', 'America/New_York', 'exact')).toEqual({
				instant: '2024-11-03T05:30:00.000Z',
				zone: 'America/New_York',
				localDate: '2024-11-03',
			});
		}
	});

	it('ends a day entry’s day at the zone’s midnight', () => {
		for (const machine of ['UTC', ...MACHINE_ZONES]) {
			process.env['TZ'] = machine;
			expect(dayEnd('2024-04-06', 'Australia/Sydney').toISOString()).toBe(
				'2024-04-06T12:59:59.999Z',
			);
			expect(dayEnd('2024-11-02', 'America/New_York').toISOString()).toBe(
				'2024-11-03T03:59:59.999Z',
			);
		}
	});
});
