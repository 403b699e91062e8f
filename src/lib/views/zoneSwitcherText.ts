import type { Lang } from '../../i18n/locales';
import { localDigits } from '../../i18n/digits';
import { useTranslations } from '../../i18n/t';
import { calendarDay, formatCalendarDate, formatClockTime } from '../time/zonedClock';
import { zoneLabel } from '../time/zoneLabel';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Offsets from UTC in use anywhere, in quarter hours: −12:00 to +14:00. */
const OFFSETS = Array.from({ length: (26 * 60) / 15 + 1 }, (_, i) => -12 * HOUR + i * 15 * MINUTE);

/** The strings that do not depend on the page's instants, made once per language (a build asks
 * for every page: about 12,000 formatted times each). */
const dayIndependent = new Map<Lang, readonly string[]>();

function dayIndependentText(lang: Lang): readonly string[] {
	const cached = dayIndependent.get(lang);
	if (cached) return cached;
	const out = new Set<string>();
	const start = Date.UTC(2024, 0, 1);
	// UTC, and zones whose offsets put every minute of the day through the word forms.
	for (const zone of ['UTC', 'Asia/Dhaka', 'Asia/Kolkata', 'America/New_York']) {
		for (let m = 0; m < 24 * 60; m += 1) {
			const instant = new Date(start + m * MINUTE);
			out.add(formatClockTime(instant, false, lang, zone));
			out.add(formatClockTime(instant, true, lang, zone));
		}
	}
	// Every other zone is named by its offset ("GMT+৫:৪৫"), winter and summer.
	for (const zone of Intl.supportedValuesOf('timeZone')) {
		out.add(zoneLabel(zone, lang, new Date(start)));
		out.add(zoneLabel(zone, lang, new Date(start + 182 * 24 * HOUR)));
	}
	const list = [...out];
	dayIndependent.set(lang, list);
	return list;
}

/**
 * Every string the zone switcher's script can write on a page in `lang` (whose Intl locale is
 * `intl`) whose zoned times are `instants`: each time of day, exact and approximate, in UTC, in
 * named zones and under every offset label; the date headings those instants can fall on in any
 * zone; and the intro line. A per-page font subset needs their glyphs although the built HTML
 * holds only the story zone's wording, e.g. `zoneSwitcherText('bn', 'bn-IN', [instant])` includes
 * `'বাংলাদেশ সময় ভোর সোয়া ৫টা'`.
 */
export function zoneSwitcherText(lang: Lang, intl: string, instants: readonly Date[]): string[] {
	const out = new Set<string>(dayIndependentText(lang));
	// The days an instant falls on somewhere on Earth: the day before, of and after in UTC.
	const days = new Map<string, Date>();
	for (const instant of instants) {
		for (const offset of OFFSETS) {
			const shifted = new Date(instant.getTime() + offset);
			days.set(calendarDay(shifted, 'UTC'), shifted);
		}
	}
	for (const day of days.values()) out.add(formatCalendarDate(day, lang, intl, 'UTC'));
	// Digits are drawn one by one, whatever number they make.
	out.add([...localDigits('0123456789', lang)].join(' '));
	out.add(useTranslations(lang)('timeline.introUtc'));
	// A day entry in the reader's own zone; a date before a clock (`6 March, …`) and the story's
	// clock after a summary time (`… (IST 9 p.m.)`).
	out.add(useTranslations(lang)('timeline.duringDay'));
	out.add(', ( )');
	return [...out];
}
