import type { Lang } from '../../i18n/locales';
import { useTranslations } from '../../i18n/t';
import { dateTimeFormat } from '../time/dateTimeFormat';
import { formatDurationRange, isoDuration } from '../time/formatDuration';
import { formatEventDate, formatEventTime } from '../time/formatEventTime';
import { outageSpan } from '../story/outageSpan';
import { parseEventTime } from '../time/parseEventTime';
import type { ResolvedEntry } from '../story/resolveTimeline';
import type { Entry } from '../story/storySchema';
import { zoneLabel } from '../time/zoneLabel';

/** A source, named in the page's language. */
export interface SourceView {
	name: string;
	url?: string | undefined;
	detail?: string | undefined;
}

/** One entry as the page shows it. */
export interface TimelineItem {
	id: string;
	kind: Entry['kind'];
	kindLabel: string;
	key: boolean;
	precision: Entry['precision'];
	/** `datetime` attribute: the instant in UTC (`…Z`), or the date for day precision. */
	datetime: string;
	/** The time in the story's zone. */
	local: string;
	/** The time in UTC; absent for day precision, which has no instant. */
	utc?: string | undefined;
	/** Set on the first entry of each calendar day (in the story's zone). */
	dateHeading?: string | undefined;
	text: string;
	sources: SourceView[];
	/** Times other sources give for the same moment. */
	otherTimes: {
		datetime: string;
		precision: Entry['precision'];
		local: string;
		utc: string;
		source: SourceView;
	}[];
	/** When the newsroom last changed the entry, in the story's zone. */
	updated?: { datetime: string; local: string } | undefined;
	/** What was corrected, in the page's language. */
	correction?: string | undefined;
}

/** The outage's duration as the page shows it. */
export interface DurationView {
	text: string;
	/** `datetime` for `<time>`: the longest span, e.g. `PT1H30M`. */
	datetime: string;
	disputed: boolean;
	start: { datetime: string; precision: Entry['precision']; local: string };
	end: { datetime: string; precision: Entry['precision']; local: string };
}

/** Everything the Timeline component renders, worded for one language. */
export interface TimelineView {
	lang: Lang;
	zone: string;
	zoneLabel: string;
	items: TimelineItem[];
	duration?: DurationView | undefined;
}

/** A source's name in `lang`. */
export function sourceView(source: Entry['sources'][number], lang: Lang): SourceView {
	const name = typeof source.name === 'string' ? source.name : source.name[lang];
	return { name, url: source.url, detail: source.detail };
}

/** An entry's update time, read in the story's zone like every newsroom time. */
function updatedView(entry: ResolvedEntry, lang: Lang, zone: string): TimelineItem['updated'] {
	if (entry.updated === undefined) return undefined;
	const instant =
		entry.updated instanceof Date ? entry.updated : parseEventTime(entry.updated, zone).instant;
	return {
		datetime: instant.toISOString(),
		local: formatEventTime({ instant, precision: 'exact', zone }, lang, zone),
	};
}

const datetimeOf = (e: { instant: Date; precision: string; zone: string }) =>
	e.precision === 'day'
		? dateTimeFormat('en-CA', { timeZone: e.zone }).format(e.instant)
		: e.instant.toISOString();

/** Views already worded, by timeline (the same array, as src/data/stories.ts keeps it), lang and zone. */
const worded = new WeakMap<readonly ResolvedEntry[], Map<string, TimelineView>>();

/**
 * Words a resolved, chronological timeline for `lang`, in the story's `zone` and in UTC, and
 * computes the outage's duration from its start and restoration entries,
 * e.g. `buildTimeline(resolveTimeline(entries, 'Asia/Kolkata'), 'en', 'Asia/Kolkata')`.
 *
 * A story page asks for the same view several times (the timeline, its JSON-LD, the feed, the
 * story lists), so a view is worded once per timeline, language and zone and then shared: it is
 * frozen, and callers read it, never change it.
 */
export function buildTimeline(
	entries: readonly ResolvedEntry[],
	lang: Lang,
	zone: string,
): TimelineView {
	let views = worded.get(entries);
	if (!views) {
		views = new Map();
		worded.set(entries, views);
	}
	const key = `${lang}\u0000${zone}`;
	let view = views.get(key);
	if (!view) {
		view = freezeView(wordTimeline(entries, lang, zone));
		views.set(key, view);
	}
	return view;
}

function freezeView(view: TimelineView): TimelineView {
	for (const item of view.items) Object.freeze(item);
	Object.freeze(view.items);
	if (view.duration) Object.freeze(view.duration);
	return Object.freeze(view);
}

function wordTimeline(entries: readonly ResolvedEntry[], lang: Lang, zone: string): TimelineView {
	const t = useTranslations(lang);
	let lastDay = '';
	const items = entries.map((entry): TimelineItem => {
		const day = dateTimeFormat('en-CA', {
			timeZone: entry.precision === 'day' ? entry.zone : zone,
		}).format(entry.instant);
		const dateHeading =
			day !== lastDay
				? formatEventDate(entry.instant, lang, entry.precision === 'day' ? entry.zone : zone)
				: undefined;
		lastDay = day;
		return {
			id: entry.id,
			kind: entry.kind,
			kindLabel: t(`kind.${entry.kind}`),
			key: entry.key,
			precision: entry.precision,
			datetime: datetimeOf(entry),
			local: formatEventTime(entry, lang, zone),
			utc: entry.precision === 'day' ? undefined : formatEventTime(entry, lang, 'UTC'),
			dateHeading,
			text: entry.text[lang],
			sources: entry.sources.map((s) => sourceView(s, lang)),
			otherTimes: entry.alternatives.map((alt) => ({
				datetime: datetimeOf(alt),
				precision: alt.precision,
				local: formatEventTime(alt, lang, zone),
				utc: formatEventTime(alt, lang, 'UTC'),
				source: sourceView(alt.source, lang),
			})),
			updated: updatedView(entry, lang, zone),
			correction: entry.correction?.[lang],
		};
	});
	const span = outageSpan(entries);
	const duration = span && {
		text: formatDurationRange(span.minMs, span.maxMs, lang, span.approximate),
		datetime: isoDuration(span.maxMs),
		disputed: span.minMs !== span.maxMs,
		start: {
			datetime: span.start.instant.toISOString(),
			precision: span.start.precision,
			local: formatEventTime(span.start, lang, zone),
		},
		end: {
			datetime: span.end.instant.toISOString(),
			precision: span.end.precision,
			local: formatEventTime(span.end, lang, zone),
		},
	};
	return { lang, zone, zoneLabel: zoneLabel(zone, lang), items, duration };
}
