import { messagesBn } from '../../i18n/messages/bn';
import { messagesEn } from '../../i18n/messages/en';
import { checkPlausibility } from '../editor/plausibility';
import { dayEnd, resolveTime } from '../story/resolveTime';
import { timeMessage, type Edition } from '../story/storySchema';
import { frontmatterOf } from './storyFile';
import { formatEventDate, formatEventTime } from '../time/formatEventTime';
import { EventTimeError, parseEventTime, type Precision } from '../time/parseEventTime';

/** What a typed time means, or why it cannot be saved, in both languages. */
export interface TimeInputReading {
	/** The instant, when the time can be placed. */
	instant?: Date | undefined;
	/** What it means, e.g. `= রাত ৯টা ৩৯ মিনিট বাংলাদেশ সময় = ১৫:৩৯ UTC`. */
	meaning: { bn: string; en: string } | undefined;
	/** What the check refuses (saving is refused) and what it asks to look at again. */
	errors: { bn: string; en: string }[];
	warnings: { bn: string; en: string }[];
}

/** The zones a resolved time is shown in besides its own: Bangladesh, India and UTC. */
export const SHOWN_ZONES = ['Asia/Dhaka', 'Asia/Kolkata', 'UTC'] as const;

interface Entry {
	time?: unknown;
	zone?: unknown;
	precision?: unknown;
	[key: string]: unknown;
}

/**
 * Reads the time an editor is typing into a timeline entry, with the project's own time code:
 * what it means in the entry's zone, in Bangladesh, in India and in UTC, and what the content
 * check would say of it (a daylight-saving gap or overlap, a time in the future, a year far from
 * the story's other entries), e.g. `readTimeInput({ zone: 'Asia/Dhaka', timeline }, 3)`.
 */
export function readTimeInput(
	story: Record<string, unknown> & { zone?: unknown; timeline?: unknown },
	index: number,
	now = Date.now(),
): TimeInputReading {
	const timeline = Array.isArray(story.timeline) ? (story.timeline as Entry[]) : [];
	const entry = timeline[index] ?? {};
	const zone = entry.zone || story.zone;
	const precision = (entry.precision || 'exact') as Precision;
	const time = typeof entry.time === 'string' ? entry.time.trim() : '';
	const none = { meaning: undefined, errors: [], warnings: [] };
	if (!time) return none;
	if (typeof zone !== 'string' || !zone) {
		return {
			...none,
			errors: [
				{
					bn: 'গল্পের সময় অঞ্চল নেই: ওপরে গল্পের সময় অঞ্চল বাছুন',
					en: 'the story has no time zone: choose the story’s zone above',
				},
			],
		};
	}
	let instant: Date;
	try {
		instant = parseEventTime(time, zone, precision).instant;
	} catch (error) {
		if (!(error instanceof EventTimeError)) throw error;
		return {
			...none,
			errors: [
				{
					en: timeMessage(messagesEn.schema, time, error.reason),
					bn: timeMessage(messagesBn.schema, time, error.reason),
				},
			],
		};
	}
	const shown = { instant, precision, zone };
	const where = [zone, ...SHOWN_ZONES.filter((z) => z !== zone)];
	const meaning = {
		bn: `${formatEventDate(instant, 'bn', zone)} — ${where.map((z) => formatEventTime(shown, 'bn', z)).join(' = ')}`,
		en: `${formatEventDate(instant, 'en', zone)} — ${where.map((z) => formatEventTime(shown, 'en', z)).join(' = ')}`,
	};
	// The plausibility rules read the times the schema resolves; an entry still being written
	// (no id or text yet) is resolved the same way, so the rules speak while the journalist types.
	const resolved = timeline.map((e, i) => resolvedEntry(i === index ? { ...e, time } : e, zone));
	const found = resolved.every(Boolean)
		? checkPlausibility(
				{ ...frontmatterOf(story), zone, timeline: resolved } as unknown as Edition,
				now,
			).filter((p) => p.path[0] === 'timeline' && p.path[1] === index)
		: [];
	return {
		instant,
		meaning,
		errors: found.filter((p) => !p.warning).map((p) => ({ bn: p.bn, en: p.message })),
		warnings: found.filter((p) => p.warning).map((p) => ({ bn: p.bn, en: p.message })),
	};
}

/** An entry with its times resolved as the story schema resolves them, or undefined if it cannot be. */
function resolvedEntry(entry: Entry, storyZone: string) {
	const zone = typeof entry.zone === 'string' && entry.zone ? entry.zone : storyZone;
	const precision = (entry.precision || 'exact') as Precision;
	if (typeof entry.time !== 'string') return undefined;
	try {
		const time = resolveTime(entry.time, zone, precision, storyZone);
		const sortsAt = precision === 'day' ? dayEnd(time.localDate, time.zone) : time.instant;
		return { ...entry, zone, precision, resolved: { time, otherTimes: [], sortsAt } };
	} catch {
		return undefined;
	}
}
