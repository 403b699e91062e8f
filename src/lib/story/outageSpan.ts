import type { ResolvedEntry } from './resolveTimeline';

/** The outage's extent as the timeline's sources give it. */
export interface OutageSpan {
	/** Earliest reported start. */
	start: ResolvedEntry;
	/** Latest reported restoration. */
	end: ResolvedEntry;
	/** Shortest span the sources allow: latest start to earliest restoration. */
	minMs: number;
	/** Longest span the sources allow: earliest start to latest restoration. */
	maxMs: number;
	/** True when any bounding time is approximate, so the span is too. */
	approximate: boolean;
}

/**
 * The outage's span from `outage-start` to `restoration` entries; `undefined` while no restoration
 * is known. Where sources disagree on the start or the end, the span is a range, not a pick.
 */
export function outageSpan(entries: readonly ResolvedEntry[]): OutageSpan | undefined {
	const starts = entries.filter((e) => e.kind === 'outage-start' && e.precision !== 'day');
	const ends = entries.filter((e) => e.kind === 'restoration' && e.precision !== 'day');
	if (!starts.length || !ends.length) return undefined;
	const t = (e: ResolvedEntry) => e.instant.getTime();
	const byTime = (a: ResolvedEntry, b: ResolvedEntry) => t(a) - t(b);
	const [firstStart, lastStart] = [starts.sort(byTime)[0]!, starts.at(-1)!];
	const [firstEnd, lastEnd] = [ends.sort(byTime)[0]!, ends.at(-1)!];
	return {
		start: firstStart,
		end: lastEnd,
		minMs: Math.max(0, t(firstEnd) - t(lastStart)),
		maxMs: t(lastEnd) - t(firstStart),
		approximate: [...starts, ...ends].some((e) => e.precision !== 'exact'),
	};
}
