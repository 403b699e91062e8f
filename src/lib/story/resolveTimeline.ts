import { fromZonedTime } from 'date-fns-tz/fromZonedTime';
import type { ResolvedTime } from './resolveTime';
import type { Entry, EntryTimes } from './storySchema';

export type { ResolvedTime } from './resolveTime';

/** Where a fact comes from, as the editor wrote it. */
export type Source = Entry['sources'][number];

/** Another source's time for the same moment. */
export interface OtherTime extends ResolvedTime {
	source: Source;
}

/** A timeline entry with every time it carries resolved. */
export interface ResolvedEntry
	extends Omit<Entry, 'time' | 'zone' | 'precision' | 'otherTimes' | 'updated'>, ResolvedTime {
	/** Other sources' times for the same moment, e.g. Wikipedia's 17:35 UTC. */
	alternatives: OtherTime[];
	/** When the newsroom last changed the entry (written in the story's zone). */
	updated?: Date | undefined;
}

const DAY_MS = 86_400_000;

/** Where an entry sorts: a `day` entry after the timed entries of its day, not at its midnight. */
function sortKey(time: ResolvedTime, zone: string): number {
	if (time.precision !== 'day') return time.instant.getTime();
	const next = new Date(Date.parse(`${time.localDate}T00:00:00Z`) + DAY_MS);
	return fromZonedTime(`${next.toISOString().slice(0, 10)}T00:00:00`, zone).getTime() - 1;
}

function withoutWrittenTime<T extends { time: string }>(entry: T): Omit<T, 'time'> {
	const copy: Partial<T> = { ...entry };
	delete copy.time;
	return copy as Omit<T, 'time'>;
}

/**
 * The timeline with each entry's times as the story schema resolved them (`times`, in the order
 * written), sorted chronologically; entries at the same moment keep the order the editor wrote
 * them in, e.g. `resolveTimeline(edition.timeline, edition.times.timeline, 'Asia/Kolkata')`.
 */
export function resolveTimeline(
	entries: readonly Entry[],
	times: readonly EntryTimes[],
	storyZone: string,
): ResolvedEntry[] {
	return entries
		.map((entry, index) => {
			const at = times[index];
			if (!at) throw new Error(`timeline entry ${index + 1} has no resolved time`);
			// The written time, zone and precision give way to the resolved time.
			const { otherTimes, ...rest } = entry;
			const resolved: ResolvedEntry = {
				...withoutWrittenTime(rest),
				...at.time,
				alternatives: (otherTimes ?? []).map((o, j) => ({
					...at.otherTimes[j]!,
					source: o.source,
				})),
				updated: at.updated,
			};
			return { entry: resolved, index, key: sortKey(at.time, entry.zone ?? storyZone) };
		})
		.sort((a, b) => a.key - b.key || a.index - b.index)
		.map(({ entry }) => entry);
}
