import type { Lang } from '../../i18n/locales';
import { useTranslations } from '../../i18n/t';
import type { OutageSpan } from '../story/outageSpan';
import type { StoryStatus } from '../story/resolveStory';
import type { ResolvedEntry, ResolvedTime, Source } from '../story/resolveTimeline';
import type { Entry } from '../story/storySchema';
import { formatDurationRange, isoDuration } from '../time/formatDuration';
import { formatEventDate, formatEventTime } from '../time/formatEventTime';
import { calendarDay } from '../time/zonedClock';
import { zoneLabel } from '../time/zoneLabel';

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
	/** The time in the view's zone. */
	local: string;
	/** The time in UTC; absent for day precision, which has no instant. */
	utc?: string | undefined;
}

/** Another source's time for an entry, with that source. */
export interface OtherTimeView extends TimeView {
	source: SourceView;
	/**
	 * The other time's date in the view's zone, set only when it falls on another day than the
	 * time it disputes, so four days apart never reads as minutes apart.
	 */
	date?: string | undefined;
}

/** One entry as the page shows it. */
export interface TimelineItem extends TimeView {
	id: string;
	kind: Entry['kind'];
	kindLabel: string;
	key: boolean;
	/** Set on the first entry of each calendar day (in the view's zone). */
	dateHeading?: string | undefined;
	/**
	 * What the timeline's time column shows: `local` without the zone's name, which the zone
	 * control at the timeline's head states once (`'around 9 p.m.'`, not `'around 9 p.m. IST'` on
	 * every entry); for a day-precision entry, whose date the day's heading already gives,
	 * "During the day" instead of the date a second time.
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

/** A resolved time worded for `lang` in `zone`, e.g. `{ local: 'around 9 p.m. IST', utc: '15:30 UTC' }`. */
export function timeView(time: ResolvedTime, lang: Lang, zone: string): TimeView {
	const day = time.precision === 'day';
	return {
		instant: time.instant,
		datetime: day ? time.localDate : time.instant.toISOString(),
		precision: time.precision,
		local: formatEventTime(time, lang, zone),
		utc: day ? undefined : formatEventTime(time, lang, 'UTC'),
	};
}

const otherTimeView = (
	alt: ResolvedEntry['alternatives'][number],
	lang: Lang,
	zone: string,
	of: Date,
): OtherTimeView => ({
	...timeView(alt, lang, zone),
	source: sourceView(alt.source, lang),
	date:
		alt.precision !== 'day' && calendarDay(alt.instant, zone) !== calendarDay(of, zone)
			? formatEventDate(alt.instant, lang, zone)
			: undefined,
});

/** A span worded for `lang` in `zone`. */
export function durationView(span: OutageSpan, lang: Lang, zone: string): DurationView {
	return {
		label: span.label?.[lang],
		text: formatDurationRange(span.minMs, span.maxMs, lang, span.approximate),
		datetime: isoDuration(span.maxMs),
		disputed: span.minMs !== span.maxMs,
		start: timeView(span.start, lang, zone),
		end: timeView(span.end, lang, zone),
		endOthers: span.end.alternatives.map((alt) => otherTimeView(alt, lang, zone, span.end.instant)),
		sources: span.sources.map((s) => sourceView(s, lang)),
	};
}

/**
 * Words a resolved story's timeline for `lang`, in `zone` (the story's, or Bangladesh time for the
 * list readers without JavaScript get) and in UTC, with its headline span, e.g.
 * `buildTimeline(story, 'en', story.zone).items[0].local` → `'around 10 a.m. ET'`.
 */
export function buildTimeline(story: TimelineInput, lang: Lang, zone: string): TimelineView {
	const t = useTranslations(lang);
	let lastDay = '';
	const items = story.timeline.map((entry): TimelineItem => {
		const dayZone = entry.precision === 'day' ? entry.zone : zone;
		const day = entry.precision === 'day' ? entry.localDate : calendarDay(entry.instant, zone);
		const dateHeading = day !== lastDay ? formatEventDate(entry.instant, lang, dayZone) : undefined;
		lastDay = day;
		const time = timeView(entry, lang, zone);
		return {
			id: entry.id,
			kind: entry.kind,
			kindLabel: t(`kind.${entry.kind}`),
			key: entry.key,
			...time,
			dateHeading,
			when:
				entry.precision === 'day'
					? t('timeline.duringDay')
					: formatEventTime(entry, lang, zone, false),
			text: entry.text[lang],
			sources: entry.sources.map((s) => sourceView(s, lang)),
			otherTimes: entry.alternatives.map((alt) => otherTimeView(alt, lang, zone, entry.instant)),
			updated: entry.updated && {
				datetime: entry.updated.toISOString(),
				local: formatEventTime({ instant: entry.updated, precision: 'exact', zone }, lang, zone),
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
		duration: headline && durationView(headline, lang, zone),
		status: story.status,
	};
}
