import type { Lang } from '../../i18n/locales';
import { buildTimeline } from './buildTimeline';
import { dateTimeFormat } from '../time/dateTimeFormat';
import { formatEventDate } from '../time/formatEventTime';
import type { ResolvedEntry } from '../story/resolveTimeline';

/** A story's outage in one line of a story list: when it began and how long it lasted. */
export interface StorySummary {
	/** The outage's first day in the story's zone: `datetime` is `YYYY-MM-DD`. */
	date?: { datetime: string; text: string } | undefined;
	/** Absent while no restoration is known. */
	duration?: { datetime: string; text: string } | undefined;
}

/**
 * The date and duration of a story's outage, worded for `lang`, e.g.
 * `{ date: { datetime: '2024-03-05', text: 'Tuesday, 5 March 2024' }, duration: { datetime: 'PT2H30M', text: 'between about 1 hour and 2 hours 30 minutes' } }`.
 */
export function storySummary(
	timeline: readonly ResolvedEntry[],
	lang: Lang,
	zone: string,
): StorySummary {
	const first = timeline[0];
	const { duration } = buildTimeline(timeline, lang, zone);
	const dayZone = first?.precision === 'day' ? first.zone : zone;
	return {
		date: first && {
			datetime: dateTimeFormat('en-CA', { timeZone: dayZone }).format(first.instant),
			text: formatEventDate(first.instant, lang, dayZone),
		},
		duration: duration && { datetime: duration.datetime, text: duration.text },
	};
}
