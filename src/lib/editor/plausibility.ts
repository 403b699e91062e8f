import type { Lang } from '../../i18n/locales';
import { messagesBn } from '../../i18n/messages/bn';
import { messagesEn } from '../../i18n/messages/en';
import type { EditorMessages } from '../../i18n/messages/catalog';
import { placeLabel } from '../story/describeIssue';
import type { Edition } from '../story/storySchema';
import { calendarDay } from '../time/zonedClock';

/** A time that parses but is probably wrong: where, in both languages, and whether it blocks. */
export interface Implausible {
	path: (string | number)[];
	message: string;
	bn: string;
	warning: boolean;
}

const DAY = 86_400_000;
/** Entries this far from the rest are probably a typo in the year (an error). */
const TYPO_DAYS = 300;
/** Entries this far from the rest deserve a second look (a warning): post-mortems come weeks later. */
const DISTANT_DAYS = 30;

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Checks that an original edition's times are plausible together, reading the times the schema
 * resolved (it runs on an edition the schema accepted): no time in the future, none far from the
 * story's other entries (a typo'd year), `published`, `updated` and entries' `updated` not before
 * the story's first event and `updated` not before `published`, no other source's time on another
 * day than its entry, and not every entry a key moment, e.g. an entry dated 2204 in a 2024 story
 * → "… 65,000 days away from the story's other entries".
 */
export function checkPlausibility(edition: Edition, now = Date.now()): Implausible[] {
	const found: Implausible[] = [];
	const timeline = edition.timeline ?? [];
	const storyZone = edition.zone ?? 'UTC';
	const add = (
		path: (string | number)[],
		warning: boolean,
		say: (m: EditorMessages, where: string) => string,
		where: (string | number)[] = path,
	) => {
		const label = (lang: Lang) => placeLabel(edition, where, lang);
		found.push({
			path,
			message: say(messagesEn, label('en')),
			bn: say(messagesBn, label('bn')),
			warning,
		});
	};
	const instants = timeline.map((entry) => entry.resolved.time.instant.getTime());
	timeline.forEach((entry, index) => {
		const at = entry.resolved.time;
		if (at.instant.getTime() > now + DAY) {
			const when = `${at.localDate} (${at.zone})`;
			add(['timeline', index, 'time'], false, (m, w) => m.inFuture(w, when), ['timeline', index]);
		}
		entry.resolved.otherTimes.forEach((other, j) => {
			// Both dates in the entry's zone: the day a reader of this entry would see.
			const dayIn = (instant: Date) => calendarDay(instant, at.zone);
			const date = dayIn(at.instant);
			const otherDate = dayIn(other.instant);
			if (otherDate !== date) {
				add(['timeline', index, 'otherTimes', j, 'time'], true, (m, w) =>
					m.otherTimeOtherDay(w, date, otherDate),
				);
			}
		});
	});
	// The story's centre: the median of its times, so one mistyped year cannot move it. With
	// two entries there is no majority; the second is measured from the first.
	const centre = median(instants);
	instants.forEach((instant, index) => {
		if (instants.length < 2 || instant > now + DAY) return;
		if (instants.length === 2 && index === 0) return;
		const from = instants.length === 2 ? instants[0]! : centre;
		const days = Math.round(Math.abs(instant - from) / DAY);
		if (days <= DISTANT_DAYS) return;
		const error = days > TYPO_DAYS;
		add(['timeline', index, 'time'], !error, (m, w) => m.farFromOthers(w, days, error), [
			'timeline',
			index,
		]);
	});
	// The newsroom's own times: not in the future, not before the story began, updated after published.
	const first = instants.length ? Math.min(...instants) : undefined;
	const firstEntry = first === undefined ? undefined : timeline[instants.indexOf(first)];
	const firstWhen = firstEntry ? `${firstEntry.time} (${firstEntry.resolved.time.zone})` : '';
	const newsroomTime = (
		path: (string | number)[],
		written: string | undefined,
		instant: Date | undefined,
	) => {
		if (written === undefined || instant === undefined) return;
		const when = `${written} (${storyZone})`;
		if (instant.getTime() > now + DAY) {
			add(path, false, (m, w) => m.schema.dateInFuture(w, when));
		} else if (first !== undefined && instant.getTime() < first) {
			add(path, false, (m, w) => m.schema.dateBeforeEvents(w, when, firstWhen));
		}
	};
	newsroomTime(['published'], edition.published, edition.times?.published);
	newsroomTime(['updated'], edition.updated, edition.times?.updated);
	timeline.forEach((entry, index) =>
		newsroomTime(['timeline', index, 'updated'], entry.updated, entry.resolved.updated),
	);
	const published = edition.times?.published;
	const updated = edition.times?.updated;
	if (published && updated && updated < published) {
		const [u, p] = [`${edition.updated} (${storyZone})`, `${edition.published} (${storyZone})`];
		add(['updated'], false, (m) => m.schema.updatedBeforePublished(u, p));
	}
	if (timeline.length >= 3 && timeline.every((e) => e.key)) {
		add(['timeline'], true, (m) => m.everyEntryKey(timeline.length));
	}
	return found;
}
