import type { Lang } from '../../i18n/locales';
import { useTranslations } from '../../i18n/t';
import type { OutageSpan } from '../story/outageSpan';
import type { StoryStatus } from '../story/resolveStory';
import type { ResolvedEntry, ResolvedTime, Source } from '../story/resolveTimeline';
import type { Entry } from '../story/storySchema';
import { formatDurationRange, isoDuration } from '../time/formatDuration';
import { locales } from '../../i18n/locales';
import { formatEventTime } from '../time/formatEventTime';
import {
	calendarDay,
	dayInstant,
	formatCalendarDate,
	formatDatedClock,
	formatDayEntry,
} from '../time/zonedClock';
import { zoneLabel } from '../time/zoneLabel';
import { orderForZone } from './timelineOrder';

/** A source, named in the page's language. */
export interface SourceView {
	name: string;
	url?: string | undefined;
	detail?: string | undefined;
}

/** A time as a page, feed or JSON-LD shows it. */
export interface TimeView {
	/** The resolved instant (a `day` entry: the first moment of its day in the source's zone). */
	instant: Date;
	/** `datetime` attribute: the instant in UTC (`…Z`), or the date for day precision. */
	datetime: string;
	precision: Entry['precision'];
	/**
	 * The time in the view's zone, with its date in front when that is not the day the reader
	 * already has (the dateline's, or the heading's), e.g. `'6 March, around 2:30 a.m. GMT+11'`.
	 */
	local: string;
	/** The time in UTC; absent for day precision, which has no instant. */
	utc?: string | undefined;
}

/**
 * Another source's time for an entry, with that source; its `local` names its date when it falls
 * on another day than the entry's heading (or the dateline's, in the summary), so four days apart
 * never reads as minutes apart.
 */
export interface OtherTimeView extends TimeView {
	source: SourceView;
}

/** One entry as the page shows it. */
export interface TimelineItem extends TimeView {
	id: string;
	kind: Entry['kind'];
	kindLabel: string;
	key: boolean;
	/** Set on the first entry of each calendar day (in the view's zone). */
	dateHeading?: string | undefined;
	/** The day (`YYYY-MM-DD`) the entry is shown under, in the view's zone (timelineOrder.ts). */
	day: string;
	/** A day entry's own zone, whose date it is; absent for a timed entry. */
	dayZone?: string | undefined;
	/**
	 * What the timeline's time column shows: `local` without the zone's name, which the zone
	 * control at the timeline's head states once (`'around 9 p.m.'`, not `'around 9 p.m. IST'` on
	 * every entry); for a day-precision entry, whose date the day's heading already gives,
	 * "During the day" instead of the date a second time, or, when its zone is not the view's,
	 * its date and zone ("4 October, PT"): a day in one zone is not that day in another.
	 */
	when: string;
	text: string;
	sources: SourceView[];
	/** Times other sources give for the same moment. */
	otherTimes: OtherTimeView[];
	/** When the newsroom last changed the entry, in the view's zone. */
	updated?: { datetime: string; local: string } | undefined;
	/** What was corrected, in the page's language. */
	correction?: string | undefined;
}

/** A span as the page shows it, e.g. around 9 p.m. IST to around 10 p.m. IST, about 1 hour. */
export interface DurationView {
	/** The span's label in the page's language, e.g. "In India"; absent when the story names none. */
	label?: string | undefined;
	text: string;
	/** `datetime` for `<time>`: the longest span, e.g. `PT1H30M`. */
	datetime: string;
	disputed: boolean;
	start: TimeView;
	end: TimeView;
	/** Other times sources give for the end, e.g. 17:35 UTC beside 17:19 UTC. */
	endOthers: OtherTimeView[];
	/** The sources of the entries that bound the span. */
	sources: SourceView[];
}

/** Everything the Timeline component renders, worded for one language. */
export interface TimelineView {
	lang: Lang;
	zone: string;
	zoneLabel: string;
	items: TimelineItem[];
	/** The story's headline span (its first), if it has one. */
	duration?: DurationView | undefined;
	status: StoryStatus;
}

/** What a resolved story gives its timeline view. */
export interface TimelineInput {
	timeline: readonly ResolvedEntry[];
	spans: readonly OutageSpan[];
	status: StoryStatus;
}

/** A source's name in `lang`. */
export function sourceView(source: Source, lang: Lang): SourceView {
	const name = typeof source.name === 'string' ? source.name : source.name[lang];
	return { name, url: source.url, detail: source.detail };
}

/**
 * A resolved time worded for `lang` in `zone`, e.g. `{ local: 'around 9 p.m. IST', utc: '15:30 UTC' }`;
 * dated (`'6 March, …'`) when its day in `zone` is not `refDay`, the day the reader already has.
 */
export function timeView(time: ResolvedTime, lang: Lang, zone: string, refDay?: string): TimeView {
	const day = time.precision === 'day';
	const intl = locales[lang].intl;
	return {
		instant: time.instant,
		datetime: day ? time.localDate : time.instant.toISOString(),
		precision: time.precision,
		local: day
			? formatEventTime(time, lang, zone)
			: formatDatedClock(time.instant, time.precision === 'approximate', lang, intl, zone, refDay),
		// A reference clock beside the local time, which carries the date where one is needed.
		utc: day ? undefined : formatEventTime(time, lang, 'UTC'),
	};
}

const otherTimeView = (
	alt: ResolvedEntry['alternatives'][number],
	lang: Lang,
	zone: string,
	refDay: string | undefined,
): OtherTimeView => ({
	...timeView(alt, lang, zone, refDay),
	source: sourceView(alt.source, lang),
});

/**
 * A span worded for `lang` in `zone`; its times name their dates where they are not `refDay`
 * (the dateline's day in `zone`).
 */
export function durationView(
	span: OutageSpan,
	lang: Lang,
	zone: string,
	refDay?: string,
): DurationView {
	return {
		label: span.label?.[lang],
		text: formatDurationRange(span.minMs, span.maxMs, lang, span.approximate),
		datetime: isoDuration(span.maxMs),
		disputed: span.minMs !== span.maxMs,
		start: timeView(span.start, lang, zone, refDay),
		end: timeView(span.end, lang, zone, refDay),
		endOthers: span.end.alternatives.map((alt) => otherTimeView(alt, lang, zone, refDay)),
		sources: span.sources.map((s) => sourceView(s, lang)),
	};
}

/**
 * The instant whose date the dateline gives as the event's: the first timed entry (a day entry's
 * date is its own zone's, not an instant's), else the first entry.
 */
export function datelineEvent(timeline: readonly ResolvedTime[]): Date | undefined {
	const timed = timeline.filter((e) => e.precision !== 'day').map((e) => e.instant.getTime());
	if (timed.length) return new Date(Math.min(...timed));
	return timeline[0]?.instant;
}

/**
 * Words a resolved story's timeline for `lang`, in `zone` (the story's, or Bangladesh time for the
 * list readers without JavaScript get) and in UTC, with its headline span, ordered and headed by
 * day in `zone` (timelineOrder.ts), e.g.
 * `buildTimeline(story, 'en', story.zone).items[0].local` → `'around 10 a.m. ET'`.
 */
export function buildTimeline(story: TimelineInput, lang: Lang, zone: string): TimelineView {
	const t = useTranslations(lang);
	const intl = locales[lang].intl;
	const event = datelineEvent(story.timeline);
	const eventDay = event && calendarDay(event, zone);
	const placed = orderForZone(
		story.timeline.map((e) =>
			e.precision === 'day' ? { day: e.localDate } : { instant: e.instant },
		),
		zone,
	);
	const items = placed.map(({ index, day, opensDay }): TimelineItem => {
		const entry = story.timeline[index]!;
		const isDay = entry.precision === 'day';
		const time = timeView(entry, lang, zone, eventDay);
		return {
			id: entry.id,
			kind: entry.kind,
			kindLabel: t(`kind.${entry.kind}`),
			key: entry.key,
			...time,
			dateHeading: opensDay ? formatCalendarDate(dayInstant(day), lang, intl, 'UTC') : undefined,
			day,
			dayZone: isDay ? entry.zone : undefined,
			when: isDay
				? formatDayEntry(entry.localDate, entry.zone, lang, intl, zone, t('timeline.duringDay'))
				: formatEventTime(entry, lang, zone, false),
			text: entry.text[lang],
			sources: entry.sources.map((s) => sourceView(s, lang)),
			// Under the entry's heading, another time names its date when it is another day.
			otherTimes: entry.alternatives.map((alt) => otherTimeView(alt, lang, zone, day)),
			updated: entry.updated && {
				datetime: entry.updated.toISOString(),
				local: formatDatedClock(entry.updated, false, lang, intl, zone, day),
			},
			correction: entry.correction?.[lang],
		};
	});
	const [headline] = story.spans;
	return {
		lang,
		zone,
		zoneLabel: zoneLabel(zone, lang),
		items,
		duration: headline && durationView(headline, lang, zone, eventDay),
		status: story.status,
	};
}
