import type { BuiltPage, LateText } from 'astro-shaped-subset';
import { isLang, type Lang } from '../i18n/locales';
import { formatCalendarDate } from '../lib/time/zonedClock';
import { zoneSwitcherText } from '../lib/views/zoneSwitcherText';

/**
 * What the zone switcher's script (ZoneSwitcher.astro) rewrites when a reader picks another zone:
 * zoned times, the timeline's intro line, its date headings and the local zone's label.
 */
export const ZONE_SWITCHED = 'time[data-zoned], [data-intro], .date, [data-local-label]';

const DAY = 24 * 60 * 60 * 1000;
/** The switcher's words for a language whatever the page (clock words, zone labels): ~12,000. */
const baseTexts = new Map<string, readonly string[]>();
/** The date headings the switcher can write for instants on a set of UTC days, beyond the base. */
const dayTexts = new Map<string, readonly string[]>();

function base(lang: Lang, intl: string): readonly string[] {
	const key = `${lang}|${intl}`;
	let known = baseTexts.get(key);
	if (!known) {
		known = zoneSwitcherText(lang, intl, []);
		baseTexts.set(key, known);
	}
	return known;
}

/**
 * What a built page's zone switcher can write after load, for astro-shaped-subset's `lateText`
 * option: the elements it rewrites, and two lists of words: the language's base (the same array
 * for every page, so the font planner works out its needs once) and the date headings for the UTC
 * days the page's zoned times fall on and the days either side, which an instant's offsets (−12
 * to +14 hours) can reach (as zoneSwitcherText works them out; tests/build/font-subset.test.ts
 * checks a built page's words are all there). Read from the parsed page: the switcher's language
 * and locale, and the `datetime` of its zoned times. No switcher: undefined.
 */
export function zoneSwitcherLateText({ document }: BuiltPage): LateText | undefined {
	const switcher = document.querySelector('.zone-switcher');
	const lang = switcher?.getAttribute('data-lang');
	const intl = switcher?.getAttribute('data-intl');
	if (!isLang(lang) || !intl) return undefined;
	const days = new Set<number>();
	for (const time of document.querySelectorAll('time[data-zoned]')) {
		const instant = new Date(time.getAttribute('datetime') ?? '').getTime();
		if (!Number.isNaN(instant)) days.add(Math.floor(instant / DAY) * DAY);
	}
	const key = `${lang}|${intl}|${[...days].sort((a, b) => a - b).join(',')}`;
	let dates = dayTexts.get(key);
	if (!dates) {
		// What zoneSwitcherText gives for these days, made directly: an instant's offsets reach the
		// UTC day before and after it, and a date heading names its UTC day.
		const around = new Set<number>();
		for (const day of days) for (const d of [day - DAY, day, day + DAY]) around.add(d);
		dates = [...around].map((d) => formatCalendarDate(new Date(d + DAY / 2), lang, intl, 'UTC'));
		dayTexts.set(key, dates);
	}
	return { selector: ZONE_SWITCHED, lists: [base(lang, intl), dates] };
}
