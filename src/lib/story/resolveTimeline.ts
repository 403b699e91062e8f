import { parseEventTime, type Precision } from '../time/parseEventTime';
import type { Entry } from './storySchema';

/** A timeline entry placed on the time axis. */
export interface ResolvedEntry extends Entry {
	/** The instant the entry's time means. */
	instant: Date;
	/** The zone the entry's time was written in. */
	zone: string;
	/** Other sources' times for the same moment, resolved. */
	alternatives: {
		instant: Date;
		zone: string;
		precision: Precision;
		source: Entry['sources'][number];
	}[];
}

/**
 * Resolves every entry's time in its own zone (default: the story's) and sorts the entries
 * chronologically; entries at the same instant keep the order the editor wrote them in.
 */
export function resolveTimeline(entries: readonly Entry[], storyZone: string): ResolvedEntry[] {
	return entries
		.map((entry) => {
			const zone = entry.zone ?? storyZone;
			const { instant } = parseEventTime(String(entry.time), zone, entry.precision);
			const alternatives = (entry.otherTimes ?? []).map((o) => {
				const altZone = o.zone ?? zone;
				return {
					instant: parseEventTime(String(o.time), altZone, o.precision).instant,
					zone: altZone,
					precision: o.precision,
					source: o.source,
				};
			});
			return { ...entry, instant, zone, alternatives };
		})
		.map((entry, index) => ({ entry, index }))
		.sort((a, b) => a.entry.instant.getTime() - b.entry.instant.getTime() || a.index - b.index)
		.map(({ entry }) => entry);
}
