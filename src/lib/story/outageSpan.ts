import type { Lang } from '../../i18n/locales';
import type { ResolvedEntry, Source } from './resolveTimeline';
import { uniqueSources } from './uniqueSources';

/** A span the story reports, bounded by two timeline entries, as the sources give it. */
export interface OutageSpan {
	/** What the span covers, e.g. `{ bn: 'ভারতে', en: 'In India' }`; absent for the fallback span. */
	label?: Record<Lang, string> | undefined;
	/** The entry that begins it (the earliest start, for the fallback span). */
	start: ResolvedEntry;
	/** The entry that ends it (the latest restoration, for the fallback span). */
	end: ResolvedEntry;
	/** Shortest span the sources allow: latest start to earliest end. */
	minMs: number;
	/** Longest span the sources allow: earliest start to latest end. */
	maxMs: number;
	/** True when any bounding time is approximate, so the span is too. */
	approximate: boolean;
	/** The sources of the bounding entries and of their other times, each once. */
	sources: Source[];
}

const t = (e: { instant: Date }) => e.instant.getTime();

function span(
	starts: readonly { instant: Date; precision: string }[],
	ends: readonly { instant: Date; precision: string }[],
): Pick<OutageSpan, 'minMs' | 'maxMs' | 'approximate'> {
	const [s, e] = [starts.map(t), ends.map(t)];
	return {
		minMs: Math.max(0, Math.min(...e) - Math.max(...s)),
		maxMs: Math.max(...e) - Math.min(...s),
		approximate: [...starts, ...ends].some((x) => x.precision !== 'exact'),
	};
}

function sourcesOf(entries: readonly ResolvedEntry[]): Source[] {
	return uniqueSources(
		entries.flatMap((e) => [...e.sources, ...e.alternatives.map((a) => a.source)]),
	);
}

/**
 * The span from entry `start` to entry `end`, computed from exactly those entries: a range where
 * another source gives either of them another time, e.g. 15:00Z to 17:19Z (or 17:35Z) → between
 * 2 h 19 min and 2 h 35 min.
 */
export function namedSpan(
	start: ResolvedEntry,
	end: ResolvedEntry,
	label?: OutageSpan['label'],
): OutageSpan {
	return {
		label,
		start,
		end,
		...span([start, ...start.alternatives], [end, ...end.alternatives]),
		sources: sourcesOf([start, end]),
	};
}

/**
 * The outage's span when the story names none: from the `outage-start` entries to the
 * `restoration` entries; `undefined` while no restoration is known. Where sources disagree on the
 * start or the end, the span is a range, not a pick.
 */
export function outageSpan(entries: readonly ResolvedEntry[]): OutageSpan | undefined {
	const byTime = (a: ResolvedEntry, b: ResolvedEntry) => t(a) - t(b);
	const starts = entries.filter((e) => e.kind === 'outage-start' && e.precision !== 'day');
	const ends = entries.filter((e) => e.kind === 'restoration' && e.precision !== 'day');
	if (!starts.length || !ends.length) return undefined;
	starts.sort(byTime);
	ends.sort(byTime);
	return {
		start: starts[0]!,
		end: ends.at(-1)!,
		...span(starts, ends),
		sources: sourcesOf([starts[0]!, ends.at(-1)!]),
	};
}
