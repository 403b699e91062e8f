import { namedSpan, outageSpan, type OutageSpan } from './outageSpan';
import { resolveTimeline, type ResolvedEntry } from './resolveTimeline';
import type { Edition, STORY_STATUSES } from './storySchema';

/** What the editor can say of a story: `ongoing` or `resolved`. */
export type EditorStatus = (typeof STORY_STATUSES)[number];

/**
 * What a story claims about its outage: the editor's word, or `unstated` when the editor gave
 * none. Nothing infers a status: a story without one claims neither ongoing nor resolved.
 */
export type StoryStatus = EditorStatus | 'unstated';

/** One service and how it fared, as the original edition names it. */
export type Service = NonNullable<Edition['services']>[number];

/**
 * A story's original edition with every time resolved once: what every output (the page, its
 * JSON-LD, both feeds, timeline.json, the summary, the zone switcher) reads and only formats.
 */
export interface ResolvedStory {
	/** The story's zone: local times are written, and shown first, in it. */
	zone: string;
	/** The editor's word (`status:`); `unstated` without one, whatever the timeline holds. */
	status: StoryStatus;
	/** True when the editor wrote `status:`. */
	statusGiven: boolean;
	/** True when the timeline has a `restoration` entry: a fact the page may state on its own. */
	restorationReported: boolean;
	/** When the newsroom first published the story, if the story file says. */
	published?: Date | undefined;
	/** The latest update time an editor wrote (the story's `updated` or any entry's). */
	updated?: Date | undefined;
	/** Who wrote the story, in each language, if the story file says. */
	byline?: { bn: string; en: string } | undefined;
	/** Chronological: a day-precision entry after the timed entries of its day. */
	timeline: ResolvedEntry[];
	/**
	 * The spans the summary shows, the story's headline span first; without `spans:` in the story,
	 * at most one: the first outage start to the last restoration.
	 */
	spans: OutageSpan[];
	services: Service[];
}

/**
 * A story from its validated original edition, whose times the story schema resolved (`times`):
 * nothing here reads a written time again, e.g.
 * `resolveStory(bn.data).spans[0].label.en` → `'In India'`.
 */
export function resolveStory(edition: Edition): ResolvedStory {
	const { zone, times } = edition;
	if (!zone || !times) throw new Error('resolveStory: the edition has not passed the story schema');
	const timeline = resolveTimeline(edition.timeline ?? []);
	const { published } = times;
	const updates = [times.updated, ...timeline.map((e) => e.updated)].filter(
		(d): d is Date => d !== undefined,
	);
	const byId = new Map(timeline.map((e) => [e.id, e]));
	const spans = edition.spans
		? edition.spans.map((s) => namedSpan(byId.get(s.start)!, byId.get(s.end)!, s.label))
		: [outageSpan(timeline)].filter((s): s is OutageSpan => s !== undefined);
	const byline = edition.byline;
	return {
		zone,
		// The editor's word only: a restoration entry is reported as such, never as `resolved`.
		status: edition.status ?? 'unstated',
		statusGiven: edition.status !== undefined,
		restorationReported: timeline.some((e) => e.kind === 'restoration'),
		published,
		updated: updates.length ? new Date(Math.max(...updates.map((d) => d.getTime()))) : undefined,
		byline: typeof byline === 'string' ? { bn: byline, en: byline } : byline,
		timeline,
		spans,
		services: edition.services ?? [],
	};
}
