import type { ResolvedTime } from './resolveTime';
import type { Entry, ValidatedEntry } from './storySchema';

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

function withoutWrittenTime<T extends { time: string }>(entry: T): Omit<T, 'time'> {
	const copy: Partial<T> = { ...entry };
	delete copy.time;
	return copy as Omit<T, 'time'>;
}

/**
 * The timeline with each entry's times as the story schema resolved them (each entry's
 * `resolved`), sorted chronologically (a `day` entry after the timed entries of its day); entries
 * at the same moment keep the order the editor wrote them in, e.g.
 * `resolveTimeline(edition.timeline)`. Nothing here reads a written time.
 */
export function resolveTimeline(entries: readonly ValidatedEntry[]): ResolvedEntry[] {
	return entries
		.map((entry, index) => {
			// The written time, zone and precision give way to the resolved time.
			const { otherTimes, resolved: at, ...rest } = entry;
			const resolved: ResolvedEntry = {
				...withoutWrittenTime(rest),
				...at.time,
				alternatives: (otherTimes ?? []).map((o, j) => ({
					...at.otherTimes[j]!,
					source: o.source,
				})),
				updated: at.updated,
			};
			return { entry: resolved, index, key: at.sortsAt.getTime() };
		})
		.sort((a, b) => a.key - b.key || a.index - b.index)
		.map(({ entry }) => entry);
}
