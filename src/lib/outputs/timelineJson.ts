import { fromZonedTime } from 'date-fns-tz/fromZonedTime';
import { z } from 'astro/zod';
import type { Lang } from '../../i18n/locales';
import type { ResolvedStory } from '../story/resolveStory';
import type { ResolvedTime, Source } from '../story/resolveTimeline';
import { ENTRY_KINDS, SERVICE_STATUSES, STORY_STATUSES } from '../story/storySchema';
import { wallClock } from '../time/zonedClock';
import { ID_FORM } from '../story/idForm';

/**
 * Version of the format in docs/TIMELINE-JSON.md; raised only when a field changes meaning or goes
 * away. 2: a day entry has a `date` and the `interval` it covers, no `instant`; `status` is `null`
 * when the editor gave none, and `restorationReported` says whether the timeline has one.
 */
export const TIMELINE_JSON_VERSION = 2;

const isoInstant = z
	.string()
	.regex(
		/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
		'an instant in UTC, e.g. 2024-03-05T15:30:00.000Z',
	);
const localTime = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'a wall-clock time in the zone, e.g. 2024-03-05T21:00');
const localDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'a calendar date in the zone, e.g. 2024-03-05');
const bilingualText = z.object({ bn: z.string().min(1), en: z.string().min(1) });
const jsonSource = z.object({
	name: z.union([z.string().min(1), bilingualText]),
	url: z.url().optional(),
	detail: z.string().min(1).optional(),
});
/** A time to the minute (or about then): an instant, and the wall clock where the source gave it. */
const timedTime = z.object({
	instant: isoInstant,
	local: localTime,
	zone: z.string().min(1),
	precision: z.enum(['exact', 'approximate']),
});
/** Only a date is known: the date in its zone, and the stretch of time that date covers there. */
const dayTime = z.object({
	date: localDate,
	zone: z.string().min(1),
	precision: z.literal('day'),
	/** From the first moment of `date` in `zone` up to (not including) the first moment of the next. */
	interval: z.object({ start: isoInstant, end: isoInstant }),
});
const jsonTime = z.discriminatedUnion('precision', [timedTime, dayTime]);

/** The format of `timeline.json` (docs/TIMELINE-JSON.md), for validating what the site publishes. */
export const timelineJsonSchema = z.object({
	version: z.literal(TIMELINE_JSON_VERSION),
	story: z.string().min(1),
	zone: z.string().min(1),
	original: z.enum(['bn', 'en']),
	/** `ongoing` or `resolved`, the editor's word; `null` when the editor has not said (never inferred). */
	status: z.enum(STORY_STATUSES).nullable(),
	/** Whether the timeline has a `restoration` entry: a reported fact, not a status. */
	restorationReported: z.boolean(),
	/** When the newsroom first published the story, if the story file says. */
	published: isoInstant.optional(),
	/** When the newsroom last updated the story or any entry, if an editor said so. */
	updated: isoInstant.optional(),
	editions: z.partialRecord(
		z.enum(['bn', 'en']),
		z.object({ title: z.string().min(1), description: z.string().min(1), url: z.url() }),
	),
	outage: z
		.object({
			start: isoInstant,
			end: isoInstant,
			minMinutes: z.number().int().nonnegative(),
			maxMinutes: z.number().int().nonnegative(),
			approximate: z.boolean(),
		})
		.nullable(),
	/** The spans the story reports, its headline span first, each bounded by two entries. */
	spans: z.array(
		z.object({
			label: bilingualText.optional(),
			start: z.string().min(1),
			end: z.string().min(1),
			minMinutes: z.number().int().nonnegative(),
			maxMinutes: z.number().int().nonnegative(),
			approximate: z.boolean(),
		}),
	),
	services: z.array(
		z.object({
			name: bilingualText,
			status: z.enum(SERVICE_STATUSES),
			note: bilingualText.optional(),
			sources: z.array(jsonSource).min(1),
		}),
	),
	entries: z.array(
		z
			.object({
				id: z.string().regex(ID_FORM),
				kind: z.enum(ENTRY_KINDS),
				key: z.boolean(),
				text: bilingualText,
				links: z.partialRecord(z.enum(['bn', 'en']), z.url()),
				sources: z.array(jsonSource).min(1),
				quote: z
					.object({
						author: z.string().min(1),
						handle: z.string().optional(),
						platform: z.string().min(1),
						url: z.url().optional(),
						lang: z.enum(['bn', 'en']),
						text: z.string().min(1),
						dateline: z.string().optional(),
						translation: z
							.object({ bn: z.string().optional(), en: z.string().optional() })
							.optional(),
					})
					.optional(),
				otherTimes: z.array(z.intersection(jsonTime, z.object({ source: jsonSource }))),
				updated: isoInstant.optional(),
				correction: bilingualText.optional(),
			})
			.and(jsonTime),
	),
});

/** The published timeline of one story. */
export type TimelineJson = z.infer<typeof timelineJsonSchema>;

/** What `timelineJson` needs to know about a story: the resolved story, and where it is published. */
export interface TimelineJsonInput extends Pick<
	ResolvedStory,
	'zone' | 'status' | 'published' | 'updated' | 'timeline' | 'spans' | 'services'
> {
	/** Whether the timeline has a restoration entry; worked out from `timeline` when absent. */
	restorationReported?: boolean | undefined;
	slug: string;
	original: Lang;
	/** Each published edition's title, description and absolute page URL. */
	editions: Partial<Record<Lang, { title: string; description: string; url: string }>>;
}

const MINUTE = 60_000;

/**
 * A resolved time as published: the instant and the wall clock in the zone the source gave; for a
 * day, only its date in its zone and the interval that date covers, never a made-up clock time.
 */
function time({ instant, zone, precision, localDate }: ResolvedTime): z.infer<typeof jsonTime> {
	if (precision === 'day') {
		return {
			date: localDate,
			zone,
			precision,
			interval: { start: dayStart(localDate, zone), end: dayStart(nextDate(localDate), zone) },
		};
	}
	const { day, hour, minute } = wallClock(instant, zone);
	const pad = (n: number) => String(n).padStart(2, '0');
	return {
		instant: instant.toISOString(),
		local: `${day}T${pad(hour)}:${pad(minute)}`,
		zone,
		precision,
	};
}

/** The first moment of `date` (`YYYY-MM-DD`) in `zone`, as a UTC instant. */
const dayStart = (date: string, zone: string) =>
	fromZonedTime(`${date}T00:00:00`, zone).toISOString();

/** The calendar date after `date` (`YYYY-MM-DD`). */
const nextDate = (date: string) =>
	new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const source = (s: Source) => ({
	name: s.name,
	...(s.url && { url: s.url }),
	...(s.detail && { detail: s.detail }),
});

/**
 * A story's timeline as open data: UTC instants with the zone and precision the source gave,
 * both languages' text, sources, quotes and disputed times; each entry links to its anchor in
 * every edition, e.g. `…/bn/meta-outage-2024-03-05/#india-logout`.
 */
export function timelineJson(story: TimelineJsonInput): TimelineJson {
	const [span] = story.spans;
	return {
		version: TIMELINE_JSON_VERSION,
		story: story.slug,
		zone: story.zone,
		original: story.original,
		status: story.status === 'unstated' ? null : story.status,
		restorationReported:
			story.restorationReported ?? story.timeline.some((e) => e.kind === 'restoration'),
		...(story.published && { published: story.published.toISOString() }),
		...(story.updated && { updated: story.updated.toISOString() }),
		editions: story.editions,
		outage: span
			? {
					start: span.start.instant.toISOString(),
					end: span.end.instant.toISOString(),
					minMinutes: Math.round(span.minMs / MINUTE),
					maxMinutes: Math.round(span.maxMs / MINUTE),
					approximate: span.approximate,
				}
			: null,
		spans: story.spans.map((s) => ({
			...(s.label && { label: s.label }),
			start: s.start.id,
			end: s.end.id,
			minMinutes: Math.round(s.minMs / MINUTE),
			maxMinutes: Math.round(s.maxMs / MINUTE),
			approximate: s.approximate,
		})),
		services: story.services.map((service) => ({
			name: service.name,
			status: service.status,
			...(service.note && { note: service.note }),
			sources: service.sources.map(source),
		})),
		entries: story.timeline.map((entry) => ({
			id: entry.id,
			...time(entry),
			kind: entry.kind,
			key: entry.key,
			text: { bn: entry.text.bn, en: entry.text.en },
			links: Object.fromEntries(
				Object.entries(story.editions).map(([lang, edition]) => [
					lang,
					`${edition.url}#${entry.id}`,
				]),
			),
			sources: entry.sources.map(source),
			...(entry.quote && { quote: entry.quote }),
			otherTimes: entry.alternatives.map((alt) => ({
				...time(alt),
				source: source(alt.source),
			})),
			...(entry.updated && { updated: entry.updated.toISOString() }),
			...(entry.correction && { correction: entry.correction }),
		})),
	};
}
