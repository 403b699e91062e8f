import type { Lang } from '../../i18n/locales';
import { useTranslations } from '../../i18n/t';
import type { ResolvedStory } from '../story/resolveStory';
import { formatDurationRange, isoDuration } from '../time/formatDuration';
import { formatEventDate } from '../time/formatEventTime';

/** A story's outage in one line of a story list: when it began and how long it lasted. */
export interface StorySummary {
	/** The outage's first day in the story's zone: `datetime` is `YYYY-MM-DD`. */
	date?: { datetime: string; text: string } | undefined;
	/** The headline span's length; absent when the story has no span. */
	duration?: { datetime: string; text: string } | undefined;
	/**
	 * Without a span: "No restoration has been reported yet." (ongoing), that no restoration time
	 * was reported (resolved, or a restoration entry without a time), or, when the editor gave no
	 * status and the timeline no restoration, "No restoration has been reported".
	 */
	noEnd?: string | undefined;
	/** The story's state, by the editor's word; `unstated` without one (no badge). */
	status: ResolvedStory['status'];
}

function noEndKey(
	story: Pick<ResolvedStory, 'status'> & { restorationReported?: boolean | undefined },
) {
	if (story.status === 'ongoing') return 'timeline.ongoing';
	if (story.status === 'resolved') return 'timeline.noRestorationTime';
	return story.restorationReported ? 'status.noRestorationTime' : 'status.unstated.none';
}

/** One story as a list shows it: its edition's headline and standfirst, date, status and span. */
export interface StoryListItem extends StorySummary {
	href: string;
	title: string;
	description: string;
}

/**
 * The date and duration of a story's outage, worded for `lang`, e.g.
 * `{ date: { datetime: '2024-03-05', text: 'Tuesday, 5 March 2024' }, duration: { datetime: 'PT1H', text: 'about 1 hour' } }`.
 */
export function storySummary(
	story: Pick<ResolvedStory, 'timeline' | 'spans' | 'status' | 'zone'> &
		Partial<Pick<ResolvedStory, 'restorationReported'>>,
	lang: Lang,
): StorySummary {
	const [first] = story.timeline;
	const [span] = story.spans;
	const t = useTranslations(lang);
	return {
		date: first && {
			datetime: first.localDate,
			text: formatEventDate(
				first.instant,
				lang,
				first.precision === 'day' ? first.zone : story.zone,
			),
		},
		duration: span && {
			datetime: isoDuration(span.maxMs),
			text: formatDurationRange(span.minMs, span.maxMs, lang, span.approximate),
		},
		noEnd: span ? undefined : t(noEndKey(story)),
		status: story.status,
	};
}
