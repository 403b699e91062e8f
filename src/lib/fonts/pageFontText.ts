import type { Lang } from '../../i18n/locales';
import { formatCalendarDate } from '../time/zonedClock';
import { zoneSwitcherText } from '../views/zoneSwitcherText';
import { pageText, type PageText, type Weight } from './pageText';

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
 * What a page's zone switcher can write, as two lists: the language's base (the same array for
 * every page, so the font planner works out its needs once) and the date headings for the UTC
 * days the page's zoned times fall on and the days either side, which an instant's offsets
 * (−12 to +14 hours) can reach (as zoneSwitcherText works them out; tests/build/font-subset.test.ts
 * checks a built page's words are all there).
 */
export function zoneSwitcherLists(html: string): readonly (readonly string[])[] {
	// As zoneSwitcherPageText (src/lib/views/zoneSwitcherText.ts) reads the page.
	const switcher = /<div\b[^>]*class="zone-switcher"[^>]*>/.exec(html)?.[0];
	if (!switcher) return [];
	const lang = /data-lang="(bn|en)"/.exec(switcher)?.[1] as Lang | undefined;
	const intl = /data-intl="([^"]+)"/.exec(switcher)?.[1];
	if (!lang || !intl) return [];
	const shared = base(lang, intl);
	const days = new Set<number>();
	for (const [tag] of html.matchAll(/<time\b[^>]*>/g)) {
		if (!/\sdata-zoned=/.test(tag)) continue;
		const time = new Date(/\sdatetime="([^"]+)"/.exec(tag)?.[1] ?? '').getTime();
		if (!Number.isNaN(time)) days.add(Math.floor(time / DAY) * DAY);
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
	return [shared, dates];
}

/**
 * The text a page's fonts must draw, by weight: its visible text (see {@link pageText}) and the
 * words the zone switcher can write after load (`shared`), at the weights of the elements it
 * rewrites. If a page has a switcher but none of those elements is found (markup changed), its
 * words count at every weight, so a subset never misses them.
 */
export function pageFontText(html: string, css: string): PageText {
	const text = pageText(html, css, ZONE_SWITCHED);
	const lists = zoneSwitcherLists(html);
	if (lists.length === 0) return text;
	const weights: Weight[] =
		text.rewrittenWeights.size > 0 ? [...text.rewrittenWeights] : [400, 700];
	text.shared = lists.map((texts) => ({ texts, weights }));
	return text;
}
