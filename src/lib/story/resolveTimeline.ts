import { calendarDay } from '../time/zonedClock';
import { parseEventTime, type Precision } from '../time/parseEventTime';
import type { Entry } from './storySchema';

/** Where a fact comes from, as the editor wrote it. */
export type Source = Entry['sources'][number];

/** A time placed on the time axis once, at the content layer; every output formats it. */
export interface ResolvedTime {
	/** The instant the time means (for `day` precision: the first moment of that day in `zone`). */
	instant: Date;
	precision: Precision;
	/** The zone the source gave the time in: `UTC` for a time written with `Z`. */
	zone: string;
	/** The calendar date, `YYYY-MM-DD`, in the story's zone (a `day` entry: the day as written). */
	localDate: string;
}

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

const WITH_OFFSET = /(?:Z|[+-]\d{2}:\d{2})$/i;
const DAY_MS = 86_400_000;

/**
 * Resolves one written time: a local time in `zone`, or an ISO time with `Z` or an offset, whose
 * zone is then UTC unless the offset is `zone`'s own at that instant, e.g.
 * `resolveTime('2024-03-05T17:35:00Z', 'America/New_York', 'exact', 'Asia/Kolkata').zone` → `'UTC'`.
 */
export function resolveTime(
	written: string,
	zone: string,
	precision: Precision,
	storyZone: string,
): ResolvedTime {
	const { instant, localDate } = parseEventTime(written, zone, precision);
	const given = WITH_OFFSET.test(written.trim()) ? offsetZone(written.trim(), instant, zone) : zone;
	return {
		instant,
		precision,
		zone: given,
		localDate: precision === 'day' ? localDate : calendarDay(instant, storyZone),
	};
}

function offsetZone(written: string, instant: Date, zone: string): string {
	if (/z$/i.test(written)) return 'UTC';
	const wall = written.slice(0, 16).replace(' ', 'T');
	// The offset the source wrote is the zone's own: keep the zone's name.
	return parseEventTime(wall, zone).instant.getTime() === instant.getTime() ? zone : 'UTC';
}

/** Where an entry sorts: a `day` entry after the timed entries of its day, not at its midnight. */
function sortKey(time: ResolvedTime, zone: string): number {
	if (time.precision !== 'day') return time.instant.getTime();
	const next = new Date(Date.parse(`${time.localDate}T00:00:00Z`) + DAY_MS);
	return parseEventTime(next.toISOString().slice(0, 10), zone, 'day').instant.getTime() - 1;
}

/**
 * Resolves every entry's times in its own zone (default: the story's) and sorts the entries
 * chronologically; entries at the same moment keep the order the editor wrote them in, e.g.
 * `resolveTimeline(edition.timeline, 'Asia/Kolkata')`.
 */
export function resolveTimeline(entries: readonly Entry[], storyZone: string): ResolvedEntry[] {
	return entries
		.map((entry, index) => {
			const zone = entry.zone ?? storyZone;
			const { time, otherTimes, updated, ...rest } = entry;
			const resolved: ResolvedEntry = {
				...rest,
				...resolveTime(String(time), zone, entry.precision, storyZone),
				alternatives: (otherTimes ?? []).map((o) => ({
					...resolveTime(String(o.time), o.zone ?? zone, o.precision, storyZone),
					source: o.source,
				})),
				// An update is the newsroom's own time, so it is read in the story's zone.
				updated:
					updated === undefined ? undefined : parseEventTime(String(updated), storyZone).instant,
			};
			return { entry: resolved, index, key: sortKey(resolved, zone) };
		})
		.sort((a, b) => a.key - b.key || a.index - b.index)
		.map(({ entry }) => entry);
}
