import { locales, type Lang } from '../../i18n/locales';
import { useTranslations } from '../../i18n/t';
import type { ResolvedStory, Service, StoryStatus } from '../story/resolveStory';
import { uniqueSources } from '../story/uniqueSources';
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
	/**
	 * How it fared, in the story's tense: "Down" while the editor says the outage is ongoing,
	 * "Was down, now working" once resolved, "Was down" when the editor has not said.
	 */
	statusLabel: string;
	note?: string | undefined;
	sources: SourceView[];
}

/** The story's status at a glance, worded for one language. */
export interface StatusSummaryView {
	/**
	 * The story's state by the editor's word, e.g. `{ value: 'resolved', label: 'Resolved' }`;
	 * without one, `unstated` and what is known: "No restoration has been reported", or that one was.
	 */
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
> &
	Partial<Pick<ResolvedStory, 'restorationReported'>>;

/** How a service fared, worded for the story's state: a resolved story's services are back. */
function serviceLabel(status: Service['status'], story: StoryStatus, lang: Lang): string {
	const t = useTranslations(lang);
	if (status === 'working' || story === 'ongoing') return t(`status.${status}`);
	if (story === 'resolved')
		return t(status === 'down' ? 'status.backFromDown' : 'status.backFromDegraded');
	// The editor has not said whether it is over: what was, not what is.
	return t(status === 'down' ? 'status.wasDown' : 'status.wasDegraded');
}

/** The story's state in words: the editor's word, or without one what the timeline reports. */
export function statusLabel(
	story: { status: StoryStatus; restorationReported?: boolean | undefined },
	lang: Lang,
): string {
	const t = useTranslations(lang);
	if (story.status !== 'unstated') return t(`status.story.${story.status}`);
	return t(story.restorationReported ? 'status.unstated.restoration' : 'status.unstated.none');
}

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
		statusLabel: serviceLabel(service.status, story.status, lang),
		note: service.note?.[lang],
		sources: service.sources.map((s) => sourceView(s, lang)),
	}));
	const serviceSources = uniqueSources(services.flatMap((service) => service.sources));
	// A time on another day than the dateline's names its date (zone switcher: the same rule).
	const event = datelineEvent(story.timeline);
	const eventDay = event && calendarDay(event, story.zone);
	const spans = story.spans.map((span) => durationView(span, lang, story.zone, eventDay));
	const firstStart = story.timeline.find((e) => e.kind === 'outage-start' && e.precision !== 'day');
	// Only a time an editor wrote is an update time; otherwise the latest entry, said as such.
	const latest = story.timeline.filter((e) => e.precision !== 'day').at(-1)?.instant;
	const updated = story.updated ?? latest;
	return {
		status: { value: story.status, label: statusLabel(story, lang) },
		spans,
		start:
			spans.length || !firstStart ? undefined : timeView(firstStart, lang, story.zone, eventDay),
		noEnd: spans.length
			? undefined
			: story.status === 'ongoing'
				? t('status.ongoing')
				: story.status === 'resolved' || story.restorationReported
					? t('status.noRestorationTime')
					: t('status.unstated.none'),
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
