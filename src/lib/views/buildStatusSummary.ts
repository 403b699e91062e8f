import type { Lang } from '../../i18n/locales';
import { useTranslations } from '../../i18n/t';
import { sourceView, type SourceView } from './buildTimeline';
import { formatDurationRange, isoDuration } from '../time/formatDuration';
import { formatEventTime } from '../time/formatEventTime';
import { lastUpdated } from '../story/lastUpdated';
import { outageSpan } from '../story/outageSpan';
import type { ResolvedEntry } from '../story/resolveTimeline';
import type { Edition } from '../story/storySchema';

type Service = NonNullable<Edition['services']>[number];

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
	services: ServiceView[];
	/** The services' sources, each once. */
	serviceSources: SourceView[];
	start?: SummaryTime | undefined;
	/** Absent while no restoration is known. */
	end?: SummaryTime | undefined;
	duration?: { text: string; datetime: string; disputed: boolean } | undefined;
	lastUpdated?: (SummaryTime & { basis: 'updated' | 'latest-entry' }) | undefined;
}

/** What a story gives the summary: its zone, timeline and the original edition's frontmatter. */
export interface StatusSummaryInput {
	zone: string;
	timeline: readonly ResolvedEntry[];
	services?: readonly Service[] | undefined;
	updated?: string | Date | undefined;
}

const precisionOf = (p: string): SummaryTime['precision'] =>
	p === 'exact' ? 'exact' : 'approximate';

/**
 * The services an outage hit and how, its start, end and duration, and when the story last
 * changed, worded for `lang` in the story's zone,
 * e.g. `buildStatusSummary({ zone, timeline, services }, 'en').services[4]` → WhatsApp, "Working".
 */
export function buildStatusSummary(story: StatusSummaryInput, lang: Lang): StatusSummaryView {
	const t = useTranslations(lang);
	const time = (e: { instant: Date; precision: string; zone: string }): SummaryTime => ({
		datetime: e.instant.toISOString(),
		precision: precisionOf(e.precision),
		local: formatEventTime(
			{ instant: e.instant, precision: precisionOf(e.precision), zone: e.zone },
			lang,
			story.zone,
		),
	});
	const span = outageSpan(story.timeline);
	const starts = story.timeline.filter((e) => e.kind === 'outage-start' && e.precision !== 'day');
	const updated = lastUpdated(story.timeline, story.zone, story.updated);
	const services = (story.services ?? []).map((service): ServiceView => ({
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
	return {
		services,
		serviceSources,
		start: span ? time(span.start) : starts[0] && time(starts[0]),
		end: span && time(span.end),
		duration: span && {
			text: formatDurationRange(span.minMs, span.maxMs, lang, span.approximate),
			datetime: isoDuration(span.maxMs),
			disputed: span.minMs !== span.maxMs,
		},
		lastUpdated: updated && {
			...time({ instant: updated.instant, precision: 'exact', zone: story.zone }),
			basis: updated.basis,
		},
	};
}
