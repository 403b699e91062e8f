import { calendarDay } from '../time/zonedClock';

// Browser-safe (Intl only): the build and the zone switcher's script order entries with this one
// function, so the page reads the same before and after a reader changes the zone.

/** Where an entry sits on the time axis: a timed entry's instant, or a day entry's own date. */
export interface TimelinePlace {
	/** A timed entry's instant; absent for a day entry. */
	instant?: Date | undefined;
	/** A day entry's date (`YYYY-MM-DD`) in its own zone, as its source gave it. */
	day?: string | undefined;
}

/**
 * One entry placed for a zone: its index in the input, its day there (`''` for an entry with no
 * time before any that has one), and whether it opens that day.
 */
export interface Placed {
	index: number;
	/** `YYYY-MM-DD`: the day the entry is shown under. */
	day: string;
	/** True on the first entry of each day: it carries that day's heading. */
	opensDay: boolean;
}

/**
 * The order of a timeline shown in `zone`, the one rule for every page and zone:
 * entries are grouped by their day in the shown zone (a timed entry by its instant's date there,
 * a day entry by the date its source gave, in its own zone, which no zone shifts); days run in
 * calendar order; within a day, timed entries in time order, then that date's day entries; ties
 * keep the input's order. So date headings never go back, and timed entries stay in time order.
 * E.g. a 4 October (Pacific time) day entry shown in UTC sits after the UTC entries of 4 October.
 */
export function orderForZone(places: readonly TimelinePlace[], zone: string): Placed[] {
	const keyed: { index: number; day: string; timed: boolean; at: number }[] = [];
	places.forEach((place, index) => {
		// A place with no time (an entry a live update added before its time is known) stays
		// right after the entry before it.
		const before = keyed[index - 1] ?? { day: '', timed: false, at: 0 };
		keyed.push(
			place.instant
				? { index, day: calendarDay(place.instant, zone), timed: true, at: place.instant.getTime() }
				: place.day
					? { index, day: place.day, timed: false, at: 0 }
					: { ...before, index },
		);
	});
	keyed.sort(
		(a, b) =>
			(a.day < b.day ? -1 : a.day > b.day ? 1 : 0) ||
			Number(b.timed) - Number(a.timed) ||
			a.at - b.at ||
			a.index - b.index,
	);
	return keyed.map(({ index, day }, i) => ({
		index,
		day,
		opensDay: i === 0 || keyed[i - 1]!.day !== day,
	}));
}
