import { fromZonedTime } from 'date-fns-tz/fromZonedTime';
import { isValidTimeZone } from './isValidTimeZone';
import { calendarDay, wallClock, zoneOffsetMs } from './zonedClock';

/** How precisely a source gave a time. */
export type Precision = 'exact' | 'approximate' | 'day';

/** A time resolved to an instant, with the zone it was written in. */
export interface EventTime {
	/** The instant (for `day` precision: the start of that day in `zone`). */
	instant: Date;
	/** IANA zone the editor wrote the time in. */
	zone: string;
	/** Calendar date in `zone`, `YYYY-MM-DD`. */
	localDate: string;
}

/** Why a time cannot be placed, with its parts, so a message catalog can word it in any language. */
export type EventTimeReason =
	| { kind: 'zone' }
	| { kind: 'notATime' }
	| { kind: 'noMonth'; month: number }
	| { kind: 'noDay'; year: number; month: number; day: number; days: number }
	| { kind: 'notTimeOfDay'; clock: string }
	| { kind: 'dateWithoutClock'; example: string }
	| { kind: 'dstSkipped' | 'dstRepeated'; wall: string; zone: string; example: string };

/** A time an editor wrote that cannot be placed on the timeline; the message says how to fix it. */
export class EventTimeError extends Error {
	constructor(
		message: string,
		readonly reason: EventTimeReason = { kind: 'notATime' },
	) {
		super(message);
		this.name = 'EventTimeError';
	}
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const WITH_OFFSET =
	/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const EXAMPLE = `write it as "2024-03-05 21:00" (local time in the entry's zone) or "2024-03-05T15:30:00Z"`;
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

function checkCalendar(y: number, m: number, d: number, h = 0, min = 0, s = 0): void {
	if (m < 1 || m > 12) {
		throw new EventTimeError(`there is no month ${m}; months go from 01 to 12`, {
			kind: 'noMonth',
			month: m,
		});
	}
	const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
	if (d < 1 || d > daysInMonth) {
		throw new EventTimeError(
			`${MONTHS[m - 1]} ${y} has no day ${d} (it has ${daysInMonth} days); check the date`,
			{ kind: 'noDay', year: y, month: m, day: d, days: daysInMonth },
		);
	}
	if (h > 23 || min > 59 || s > 59) {
		const clock = `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
		throw new EventTimeError(
			`${clock} is not a time of day; use 24-hour time from 00:00 to 23:59`,
			{ kind: 'notTimeOfDay', clock },
		);
	}
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Resolves an editor's time to an instant, e.g. `parseEventTime('2024-03-05 21:00', 'Asia/Kolkata')`
 * → 15:30 UTC. A local time is read in `zone`; one that a daylight-saving change skips or repeats
 * there is refused, because the instant it means cannot be known.
 */
export function parseEventTime(
	input: string,
	zone: string,
	precision: Precision = 'exact',
): EventTime {
	if (!isValidTimeZone(zone)) {
		throw new EventTimeError(
			`"${zone}" is not a time zone name; use an IANA name such as "Asia/Kolkata", "Asia/Dhaka" or "UTC"`,
			{ kind: 'zone' },
		);
	}
	const text = input.trim();
	const offsetMatch = WITH_OFFSET.exec(text);
	if (offsetMatch) {
		const [y, m, d, h, min, s] = offsetMatch.slice(1, 7).map((part) => Number(part ?? 0));
		checkCalendar(y ?? 0, m ?? 0, d ?? 0, h ?? 0, min ?? 0, s ?? 0);
		const instant = new Date(text);
		if (Number.isNaN(instant.getTime()))
			throw new EventTimeError(`"${input}" is not a time; ${EXAMPLE}`);
		return { instant, zone, localDate: calendarDay(instant, zone) };
	}
	const local = LOCAL.exec(text);
	if (!local) throw new EventTimeError(`"${input}" is not a time; ${EXAMPLE}`);
	const [, ys, ms, ds, hs, mins, ss] = local;
	const [y, m, d] = [Number(ys), Number(ms), Number(ds)];
	if (hs === undefined && precision !== 'day') {
		throw new EventTimeError(
			`"${input}" has a date but no time of day; add the time ("${text} 21:00") or set precision: day`,
			{ kind: 'dateWithoutClock', example: `${text} 21:00` },
		);
	}
	const [h, min, s] = [Number(hs ?? 0), Number(mins ?? 0), Number(ss ?? 0)];
	checkCalendar(y, m, d, h, min, s);
	const wall = `${ys}-${ms}-${ds}T${pad(h)}:${pad(min)}:${pad(s)}`;
	if (precision === 'day') {
		// A day has no instant of its own; keep its first moment for ordering.
		return {
			instant: startOfLocalDay(wall.slice(0, 10), zone),
			zone,
			localDate: wall.slice(0, 10),
		};
	}
	const naive = Date.UTC(y, m - 1, d, h, min, s);
	const candidates = new Set<number>();
	for (const probe of [naive - 86_400_000, naive, naive + 86_400_000]) {
		const instant = naive - zoneOffsetMs(zone, probe);
		// Checked with Intl at the instant, not with the machine's own zone's rules.
		const clock = wallClock(new Date(instant), zone);
		if (`${clock.day}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(s)}` === wall)
			candidates.add(instant);
	}
	const shown = wall.replace('T', ' ').slice(0, 16);
	if (candidates.size === 0) {
		const example = `${wall.slice(0, 16)}${offsetLabel(zone, naive - 86_400_000)}`;
		throw new EventTimeError(
			`${shown} never happened in ${zone}: the clocks skipped it for daylight saving. Check the source, or give the time with its UTC offset, e.g. "${example}" if the source still used the offset from before the change`,
			{ kind: 'dstSkipped', wall: shown, zone, example },
		);
	}
	if (candidates.size > 1) {
		const example = `${wall.slice(0, 16)}${offsetLabel(zone, Math.min(...candidates))}`;
		throw new EventTimeError(
			`${shown} happened twice in ${zone}, because the clocks went back for daylight saving. Give the time with its UTC offset so readers see the right one, e.g. "${example}"`,
			{ kind: 'dstRepeated', wall: shown, zone, example },
		);
	}
	const instant = new Date([...candidates][0]!);
	return { instant, zone, localDate: wall.slice(0, 10) };
}

/** The zone's UTC offset at an instant, e.g. `+05:30`, `-04:00` (UTC itself: `+00:00`). */
function offsetLabel(zone: string, instant: number): string {
	const minutes = zoneOffsetMs(zone, instant) / 60_000;
	const abs = Math.abs(minutes);
	return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function startOfLocalDay(day: string, zone: string): Date {
	return fromZonedTime(`${day}T00:00:00`, zone);
}
