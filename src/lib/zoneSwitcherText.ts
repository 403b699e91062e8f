import type { Lang } from '../i18n/locales';
import { useTranslations } from '../i18n/t';
import { formatCalendarDate, formatClockTime } from './zonedClock';
import { zoneLabel } from './zoneLabel';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * Every string the zone switcher's script can write on a page in `lang` (whose Intl locale is
 * `intl`): each time of day, exact and approximate, in UTC, in named zones and under every offset
 * label; each calendar date heading of a year; and the intro line. A per-page font subset needs
 * their glyphs although the built HTML holds only the story zone's wording,
 * e.g. `zoneSwitcherText('bn', 'bn-IN')` includes `'বাংলাদেশ সময় ভোর সোয়া ৫টা'`.
 */
export function zoneSwitcherText(lang: Lang, intl: string): string[] {
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
		out.add(zoneLabel(zone, lang, new Date(start + 182 * DAY)));
	}
	for (let d = 0; d < 366; d += 1) {
		out.add(formatCalendarDate(new Date(start + d * DAY), lang, intl, 'UTC'));
	}
	// Years run on; their digits are drawn one by one.
	out.add([...'0123456789'].join(' '));
	out.add([...'০১২৩৪৫৬৭৮৯'].join(' '));
	out.add(useTranslations(lang)('timeline.introUtc'));
	return [...out];
}
