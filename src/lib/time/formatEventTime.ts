import { locales, type Lang } from '../../i18n/locales';
import type { Precision } from './parseEventTime';
import { formatCalendarDate, formatClockTime } from './zonedClock';

/** A time to show: an instant, how precisely it is known, and the zone the source gave it in. */
export interface TimeToShow {
	instant: Date;
	precision: Precision;
	/** Zone the time was written in; a day-precision date belongs to it and is never shifted. */
	zone: string;
}

/**
 * The time of day of an instant in `zone`, worded for `lang` and never more precise than the source:
 * e.g. approximate 15:30Z in Asia/Kolkata → `'around 9 p.m. IST'` / `'ভারতীয় সময় রাত ৯টা নাগাদ'`.
 * UTC is shown as a 24-hour reference clock (`'15:17 UTC'`). Day precision gives the date only,
 * in the zone the source gave it in: "5 March" in India is not shifted to 4 March in New York.
 * The wording comes from `zonedClock.ts`, which the zone switcher also runs in the browser.
 * `named: false` leaves the zone's name out (see `formatClockTime`).
 */
export function formatEventTime(time: TimeToShow, lang: Lang, zone: string, named = true): string {
	if (time.precision === 'day') return formatEventDate(time.instant, lang, time.zone);
	return formatClockTime(time.instant, time.precision === 'approximate', lang, zone, named);
}

/** The calendar date of an instant in `zone`, e.g. `'Tuesday, 5 March 2024'` / `'মঙ্গলবার, ৫ মার্চ, ২০২৪'`. */
export function formatEventDate(instant: Date, lang: Lang, zone: string): string {
	return formatCalendarDate(instant, lang, locales[lang].intl, zone);
}
