import { parseEventTime } from '../time/parseEventTime';
import type { ResolvedEntry } from './resolveTimeline';

/** When a story last changed, and what that is known from. */
export interface LastUpdated {
	instant: Date;
	/**
	 * `updated`: an editor gave the time (the story's or an entry's `updated`);
	 * `latest-entry`: none did, so this is only the latest moment the timeline records.
	 */
	basis: 'updated' | 'latest-entry';
}

/**
 * The latest update time an editor gave (the story's `updated` or any entry's, read in the story's
 * zone); without one, the latest entry's instant, marked as such so the page does not claim an
 * update time nobody wrote, e.g. `lastUpdated(timeline, 'Asia/Kolkata', '2024-03-05 23:30')`.
 */
export function lastUpdated(
	timeline: readonly ResolvedEntry[],
	storyZone: string,
	storyUpdated?: string | Date,
): LastUpdated | undefined {
	const written = [storyUpdated, ...timeline.map((entry) => entry.updated)].filter(
		(value): value is string | Date => value !== undefined,
	);
	const times = written.map((value) =>
		value instanceof Date ? value : parseEventTime(value, storyZone).instant,
	);
	if (times.length) {
		return {
			instant: new Date(Math.max(...times.map((t) => t.getTime()))),
			basis: 'updated',
		};
	}
	const dated = timeline.filter((entry) => entry.precision !== 'day');
	if (!dated.length) return undefined;
	return {
		instant: new Date(Math.max(...dated.map((entry) => entry.instant.getTime()))),
		basis: 'latest-entry',
	};
}
