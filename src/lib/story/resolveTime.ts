import { fromZonedTime } from 'date-fns-tz/fromZonedTime';
import { parseEventTime, type Precision } from '../time/parseEventTime';
import { calendarDay, zoneOffsetMs } from '../time/zonedClock';

/** A time placed on the time axis once, by the story schema; every output formats it. */
export interface ResolvedTime {
	/** The instant the time means (for `day` precision: the first moment of that day in `zone`). */
	instant: Date;
	precision: Precision;
	/** The zone the source gave the time in: `UTC` for a time written with `Z`. */
	zone: string;
	/** The calendar date, `YYYY-MM-DD`, in the story's zone (a `day` entry: the day as written). */
	localDate: string;
}

const OFFSET = /([+-])(\d{2}):(\d{2})$/;

/**
 * Resolves one written time, the only place a story's time is read: a local time in `zone`, or
 * an ISO time with `Z` or an offset, whose zone is then UTC unless the offset is `zone`'s own at
 * that instant, e.g.
 * `resolveTime('2024-03-05T17:35:00Z', 'America/New_York', 'exact', 'Asia/Kolkata').zone` → `'UTC'`.
 * Throws an `EventTimeError` saying how to fix a time that cannot be placed.
 */
export function resolveTime(
	written: string,
	zone: string,
	precision: Precision,
	storyZone: string,
): ResolvedTime {
	const text = written.trim();
	const { instant, localDate } = parseEventTime(text, zone, precision);
	return {
		instant,
		precision,
		zone: givenZone(text, instant, zone),
		localDate: precision === 'day' ? localDate : calendarDay(instant, storyZone),
	};
}

/** The zone a time was given in: `zone` for a local time or one with `zone`'s own offset, else UTC. */
function givenZone(text: string, instant: Date, zone: string): string {
	if (/z$/i.test(text)) return 'UTC';
	const offset = OFFSET.exec(text);
	// A local time never ends in an offset: it is in `zone`.
	if (!offset) return zone;
	const [, sign, hours, minutes] = offset;
	const ms = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
	return zoneOffsetMs(zone, instant) === ms ? zone : 'UTC';
}

/** The last moment of a calendar day in `zone`, e.g. `dayEnd('2024-03-05', 'Asia/Kolkata')` → 18:29:59.999 UTC. */
export function dayEnd(localDate: string, zone: string): Date {
	const next = new Date(`${localDate}T00:00:00Z`);
	next.setUTCDate(next.getUTCDate() + 1);
	return new Date(fromZonedTime(`${next.toISOString().slice(0, 10)}T00:00:00`, zone).getTime() - 1);
}
