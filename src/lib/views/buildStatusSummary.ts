import { locales, type Lang } from '../../i18n/locales';
import { useTranslations } from '../../i18n/t';
import type { ResolvedStory, Service, StoryStatus } from '../story/resolveStory';
import { calendarDay, formatDatedClock } from '../time/zonedClock';
import {
	datelineEvent,
	durationView,
	sourceView,
	timeView,
	type DurationView,
	type SourceView,
	type TimeView,
} from './buildTimeline';

/** A time the summary shows, in the story's zone; the zone switcher rewrites it in the browser. */
export interface SummaryTime {
	/** `datetime` attribute: the instant in UTC. */
	datetime: string;
	precision: 'exact' | 'approximate';
	local: string;
}

/** One service and how it fared, worded for one language. */
export interface ServiceView {
	name: string;
	status: Service['status'];
	statusLabel: string;
	note?: string | undefined;
	sources: SourceView[];
}

/** The story's status at a glance, worded for one language. */
export interface StatusSummaryView {
	/** The story's state by the editor's word, e.g. `{ value: 'resolved', label: 'Resolved' }`. */
	status: { value: StoryStatus; label: string };
	/**
	 * The spans the story reports, its headline span first, e.g. In India: around 9 p.m. IST to
	 * around 10 p.m. IST, about 1 hour; then Worldwide, with the sources of its bounding entries.
	 */
	spans: DurationView[];
	/** Without a span: the first outage start, if any. */
	start?: TimeView | undefined;
	/** Without a span: what to say of the end ("Not restored yet" or "No restoration time was reported"). */
	noEnd?: string | undefined;
	services: ServiceView[];
	/** The services' sources, each once. */
	serviceSources: SourceView[];
	lastUpdated?: (SummaryTime & { basis: 'updated' | 'latest-entry' }) | undefined;
}

/** What a resolved story gives the summary. */
export type StatusSummaryInput = Pick<
	ResolvedStory,
	'zone' | 'timeline' | 'spans' | 'services' | 'status' | 'updated'
>;

/**
 * The story's state, its spans (the headline span first), the services it hit and how, and when
 * it last changed, worded for `lang` in the story's zone, e.g.
 * `buildStatusSummary(story, 'en').spans[0].label` → `'In India'`.
 */
export function buildStatusSummary(story: StatusSummaryInput, lang: Lang): StatusSummaryView {
	const t = useTranslations(lang);
	const services = story.services.map((service): ServiceView => ({
		name: service.name[lang],
		status: service.status,
		statusLabel: t(`status.${service.status}`),
		note: service.note?.[lang],
		sources: service.sources.map((s) => sourceView(s, lang)),
	}));
	const seen = new Set<string>();
	const serviceSources = services
		.flatMap((service) => service.sources)
		.filter((source) => {
			const id = JSON.stringify([source.name, source.url, source.detail]);
			return !seen.has(id) && Boolean(seen.add(id));
		});
	// A time on another day than the dateline's names its date (zone switcher: the same rule).
	const event = datelineEvent(story.timeline);
	const eventDay = event && calendarDay(event, story.zone);
	const spans = story.spans.map((span) => durationView(span, lang, story.zone, eventDay));
	const firstStart = story.timeline.find((e) => e.kind === 'outage-start' && e.precision !== 'day');
	// Only a time an editor wrote is an update time; otherwise the latest entry, said as such.
	const latest = story.timeline.filter((e) => e.precision !== 'day').at(-1)?.instant;
	const updated = story.updated ?? latest;
	return {
		status: { value: story.status, label: t(`status.story.${story.status}`) },
		spans,
		start:
			spans.length || !firstStart ? undefined : timeView(firstStart, lang, story.zone, eventDay),
		noEnd: spans.length
			? undefined
			: story.status === 'ongoing'
				? t('status.ongoing')
				: t('status.noRestorationTime'),
		services,
		serviceSources,
		lastUpdated: updated && {
			datetime: updated.toISOString(),
			precision: 'exact',
			local: formatDatedClock(updated, false, lang, locales[lang].intl, story.zone, eventDay),
			basis: story.updated ? 'updated' : 'latest-entry',
		},
	};
}
