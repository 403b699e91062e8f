import { EventTimeError, parseEventTime, type Precision } from '../time/parseEventTime';
import { calendarDay } from '../time/zonedClock';
import { placeLabel } from './describeIssue';
import { messagesBn } from '../../i18n/messages/bn';
import { messagesEn } from '../../i18n/messages/en';

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

interface Placed {
	index: number;
	instant: number;
	localDate: string;
	zone: string;
}

function place(time: unknown, zone: unknown, precision: unknown): Placed | undefined {
	if (typeof time !== 'string' || typeof zone !== 'string') return undefined;
	try {
		const t = parseEventTime(time, zone, (precision ?? 'exact') as Precision);
		return { index: -1, instant: t.instant.getTime(), localDate: t.localDate, zone: t.zone };
	} catch (error) {
		if (error instanceof EventTimeError) return undefined;
		throw error;
	}
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Checks that an original edition's times are plausible together (it runs on an edition the
 * schema accepted): none in the future, none far from the story's other entries (a typo'd year),
 * no other source's time on another day than its entry, and not every entry a key moment, e.g.
 * an entry dated 2204 in a 2024 story → "… 65,000 days away from the story's other entries".
 */
export function checkPlausibility(
	edition: Record<string, unknown>,
	now = Date.now(),
): Implausible[] {
	const found: Implausible[] = [];
	const timeline = Array.isArray(edition.timeline)
		? (edition.timeline as Record<string, unknown>[])
		: [];
	const storyZone = edition.zone;
	const label = (path: (string | number)[]) => ({
		en: placeLabel(edition, path, 'en'),
		bn: placeLabel(edition, path, 'bn'),
	});
	const placed: Placed[] = [];
	timeline.forEach((entry, index) => {
		const zone = entry.zone ?? storyZone;
		const at = place(entry.time, zone, entry.precision);
		if (!at) return;
		placed.push({ ...at, index });
		const where = label(['timeline', index]);
		if (at.instant > now + DAY) {
			const when = `${at.localDate} (${at.zone})`;
			found.push({
				path: ['timeline', index, 'time'],
				message: messagesEn.inFuture(where.en, when),
				bn: messagesBn.inFuture(where.bn, when),
				warning: false,
			});
		}
		const others = Array.isArray(entry.otherTimes)
			? (entry.otherTimes as Record<string, unknown>[])
			: [];
		others.forEach((other, j) => {
			const otherAt = place(other.time, other.zone ?? zone, other.precision);
			if (!otherAt) return;
			// Both dates in the entry's zone: the day a reader of this entry would see.
			const dayIn = (instant: number) => calendarDay(new Date(instant), String(zone));
			const date = dayIn(at.instant);
			const otherDate = dayIn(otherAt.instant);
			if (otherDate !== date) {
				const path = ['timeline', index, 'otherTimes', j, 'time'];
				const w = label(path);
				found.push({
					path,
					message: messagesEn.otherTimeOtherDay(w.en, date, otherDate),
					bn: messagesBn.otherTimeOtherDay(w.bn, date, otherDate),
					warning: true,
				});
			}
		});
	});
	// The story's centre: the median of its times, so one mistyped year cannot move it. With
	// two entries there is no majority; the second is measured from the first.
	const centre = median(placed.map((p) => p.instant));
	for (const p of placed) {
		if (placed.length < 2 || p.instant > now + DAY) continue;
		if (placed.length === 2 && p === placed[0]) continue;
		const from = placed.length === 2 ? placed[0]!.instant : centre;
		const days = Math.round(Math.abs(p.instant - from) / DAY);
		if (days <= DISTANT_DAYS) continue;
		const error = days > TYPO_DAYS;
		const where = label(['timeline', p.index]);
		found.push({
			path: ['timeline', p.index, 'time'],
			message: messagesEn.farFromOthers(where.en, days, error),
			bn: messagesBn.farFromOthers(where.bn, days, error),
			warning: !error,
		});
	}
	if (timeline.length >= 3 && timeline.every((e) => e.key === true)) {
		found.push({
			path: ['timeline'],
			message: messagesEn.everyEntryKey(timeline.length),
			bn: messagesBn.everyEntryKey(timeline.length),
			warning: true,
		});
	}
	return found;
}
