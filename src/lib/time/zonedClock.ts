import type { Lang } from '../../i18n/locales';
import { bengaliDigits } from '../../i18n/bengaliDigits';
import { bengaliClock, englishClock } from './clockWords';
import { dateTimeFormat } from './dateTimeFormat';
import { isUtc, sameZone, zoneLabel } from './zoneLabel';

// Browser-safe: Intl only, no date-fns. The server (formatEventTime) and the zone switcher's
// script both word times through this module, so a switched time reads exactly like a built one.

const clocks = new Map<string, Intl.DateTimeFormat>();

function clockIn(zone: string): Intl.DateTimeFormat {
	let format = clocks.get(zone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone: zone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
		});
		clocks.set(zone, format);
	}
	return format;
}

/** The wall clock of an instant in `zone`, e.g. 15:30Z in Asia/Kolkata → `{ day: '2024-03-05', hour: 21, minute: 0 }`. */
export function wallClock(
	instant: Date,
	zone: string,
): { day: string; hour: number; minute: number } {
	const parts: Record<string, string> = {};
	for (const part of clockIn(zone).formatToParts(instant)) parts[part.type] = part.value;
	// Some engines still write midnight as "24" under h23; it is hour 0 of the same day.
	const hour = Number(parts.hour) % 24;
	return {
		day: `${parts.year}-${parts.month}-${parts.day}`,
		hour,
		minute: Number(parts.minute),
	};
}

/**
 * `zone`'s offset from UTC at an instant, in milliseconds, e.g. Asia/Kathmandu → 20,700,000
 * (+05:45). Read from Intl at the instant itself. (date-fns-tz's `getTimezoneOffset(zone, date)`
 * reads `date`'s fields in the machine's own zone as a wall clock in `zone`, so near a DST change
 * it answered with the other offset: +11:00 for Sydney an hour after it had gone to +10:00.)
 */
export function zoneOffsetMs(zone: string, instant: Date | number): number {
	const name =
		dateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
			.formatToParts(instant)
			.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
	// "GMT+05:45", "GMT-03:30"; UTC itself is plain "GMT".
	const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
	if (!match) return 0;
	const ms = (Number(match[2]) * 60 + Number(match[3])) * 60_000;
	return match[1] === '-' ? -ms : ms;
}

/** The calendar day of an instant in `zone`, e.g. `'2024-03-05'`. */
export function calendarDay(instant: Date, zone: string): string {
	return wallClock(instant, zone).day;
}

/**
 * An instant's time of day in `zone`, worded for `lang`, e.g. approximate 15:30Z in Asia/Kolkata →
 * `'around 9 p.m. IST'` / `'ভারতীয় সময় রাত ৯টা নাগাদ'`; UTC as a 24-hour clock (`'15:17 UTC'`).
 * `named: false` leaves the zone's name out (`'around 9 p.m.'` / `'রাত ৯টা নাগাদ'`), for a
 * column of times whose zone the page states once (the timeline's zone control).
 */
export function formatClockTime(
	instant: Date,
	approximate: boolean,
	lang: Lang,
	zone: string,
	named = true,
): string {
	const { hour, minute } = wallClock(instant, zone);
	const label = named ? zoneLabel(zone, lang, instant) : '';
	const clock = isUtc(zone)
		? `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
		: undefined;
	return lang === 'bn'
		? [
				label,
				`${clock ? bengaliDigits(clock) : bengaliClock(hour, minute)}${approx(approximate, lang)}`,
			]
				.filter(Boolean)
				.join(' ')
		: [`${approx(approximate, lang)}${clock ?? englishClock(hour, minute)}`, label]
				.filter(Boolean)
				.join(' ');
}

const approx = (approximate: boolean, lang: Lang) =>
	approximate ? (lang === 'bn' ? ' নাগাদ' : 'around ') : '';

/**
 * The calendar date of an instant in `zone`, e.g. `'Tuesday, 5 March 2024'` / `'মঙ্গলবার, ৫ মার্চ, ২০২৪'`.
 * `intl` is the language's Intl locale (`locales[lang].intl`), passed in so the browser bundle
 * need not carry the locale table: the page hands it to the script.
 */
export function formatCalendarDate(instant: Date, lang: Lang, intl: string, zone: string): string {
	return dateTimeFormat(intl, {
		timeZone: zone,
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		numberingSystem: lang === 'bn' ? 'beng' : 'latn',
	}).format(instant);
}

/**
 * A date as news sites write it, in `zone`, e.g. `'5 March 2024'` / `'৫ মার্চ ২০২৪'` (Bengali digits
 * and month names, no comma before the year); `year: false` leaves the year out (`'6 March'`).
 * `intl` as for {@link formatCalendarDate}.
 */
export function formatShortDate(
	instant: Date,
	lang: Lang,
	intl: string,
	zone: string,
	year = true,
): string {
	return dateTimeFormat(intl, {
		timeZone: zone,
		day: 'numeric',
		month: 'long',
		...(year ? { year: 'numeric' } : {}),
		numberingSystem: lang === 'bn' ? 'beng' : 'latn',
	})
		.formatToParts(instant)
		.map((part) => (part.type === 'literal' ? ' ' : part.value))
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
}

/** A `YYYY-MM-DD` day as an instant inside that day in UTC (noon), for formatting it in `'UTC'`. */
export function dayInstant(day: string): Date {
	return new Date(`${day}T12:00:00Z`);
}

/**
 * An instant's time of day in `zone` (see {@link formatClockTime}), with its date in front when
 * its day there is not `refDay` (the day the reader already has: the dateline's, or the heading's),
 * the year too when that differs, e.g. `'6 March, around 2:30 a.m. GMT+11'` /
 * `'৬ মার্চ, GMT+১১ রাত আড়াইটা নাগাদ'`; `refDay: 'always'` always dates it (a caption's stamp).
 */
export function formatDatedClock(
	instant: Date,
	approximate: boolean,
	lang: Lang,
	intl: string,
	zone: string,
	refDay: string | undefined,
	named = true,
): string {
	const clock = formatClockTime(instant, approximate, lang, zone, named);
	const day = calendarDay(instant, zone);
	if (refDay === undefined || day === refDay) return clock;
	const year = refDay === 'always' || day.slice(0, 4) !== refDay.slice(0, 4);
	return `${formatShortDate(instant, lang, intl, zone, year)}, ${clock}`;
}

/**
 * What the timeline's time column says for a day entry (a date with no time, in its own zone)
 * when the page shows `zone`: `during` ("During the day") where the zones agree, else the day and
 * its zone, since that day is not the shown zone's, e.g. `'4 October, PT'` /
 * `'৪ অক্টোবর, যুক্তরাষ্ট্রের প্যাসিফিক সময়'`.
 */
export function formatDayEntry(
	day: string,
	dayZone: string,
	lang: Lang,
	intl: string,
	zone: string,
	during: string,
): string {
	if (sameZone(dayZone, zone)) return during;
	const at = dayInstant(day);
	return `${formatShortDate(at, lang, intl, 'UTC', false)}, ${zoneLabel(dayZone, lang, at)}`;
}
