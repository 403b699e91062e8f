import { latinDigits } from '../../../i18n/latinDigits';
import { editorMessages, type EditorMessages } from '../../../i18n/messages/index';
import { isValidTimeZone } from '../../time/isValidTimeZone';
import { EventTimeError, parseEventTime, type Precision } from '../../time/parseEventTime';
import { nearestName } from '../../story/nearestName';
import { closestZone, timeMessage } from '../../story/storySchema';
import { findUnsafeCharacter } from '../unsafeCharacters';
import { ID_FORM, WEB_URL } from '../../story/idForm';

const YES = [...editorMessages('en').yesWords, ...editorMessages('bn').yesWords];
const NO = [...editorMessages('en').noWords, ...editorMessages('bn').noWords];

/** Whether an answer says yes, in either language, e.g. `yes`, `y`, `হ্যাঁ`. */
export const isYes = (answer: string) => YES.includes(answer.trim().toLowerCase());

/** A short id from the English text, e.g. "Status page reports disruptions" → `status-page-reports-disruptions`. */
export function idFromText(text: string, taken: readonly string[]): string {
	const base =
		text
			.toLowerCase()
			.replace(/[’']/g, '')
			.split(/[^a-z0-9]+/)
			.filter(Boolean)
			.slice(0, 4)
			.join('-') || 'entry';
	let id = base;
	for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
	return id;
}

/** Checks for answers shared by the editor commands, in the language of `m`. */
export const answerChecks = (m: EditorMessages) => ({
	oneOf: (values: readonly string[]) => (answer: string) =>
		values.includes(answer) ? undefined : m.notOneOf(answer, values),
	yesNo: (answer: string) =>
		isYes(answer) || NO.includes(answer.trim().toLowerCase()) ? undefined : m.notYesNo(answer),
	zone: (a: string) => (isValidTimeZone(a) ? undefined : m.zoneUnknown(a, closestZone(a))),
	story: (stories: readonly string[]) => (a: string) =>
		stories.includes(a) ? undefined : m.storyUnknown(a, nearestName(a, stories), stories),
	text: (what: string) => (a: string) => {
		const unsafe = findUnsafeCharacter(a);
		return unsafe ? m.textControl(what, unsafe.code) : undefined;
	},
	url: (a: string) => (WEB_URL.test(a) ? undefined : m.urlNotWeb),
	/** A new entry's id: its form, and not one the story already uses. */
	newId: (taken: readonly string[]) => (a: string) =>
		!ID_FORM.test(a)
			? m.idForm
			: taken.includes(a)
				? m.idTaken(a, idFromText(a, taken))
				: undefined,
	slug: (exists: (slug: string) => boolean) => (a: string) =>
		!ID_FORM.test(a) ? m.slugForm : exists(a) ? m.slugExists(a) : undefined,
	entry: (ids: readonly string[]) => (a: string) =>
		ids.includes(a) ? undefined : m.idUnknown(a, nearestName(a, ids), ids),
	/**
	 * A time as `parseEventTime` reads it, refusing what contradicts the other answers: a clock
	 * time with precision `day`, or a time with its own UTC offset and a `--zone` given with it.
	 * Unknown precision (a wrong answer) checks the form only.
	 */
	time:
		(zone: string | undefined, precision: Precision | undefined, zoneGiven: boolean) =>
		(a: string) => {
			const at = (z: string, p: Precision) => parseEventTime(a, z, p);
			try {
				const read = at(zone ?? 'UTC', precision ?? 'day');
				if (precision === 'day' && a.trim() !== read.localDate)
					return m.dayWithClock(read.localDate);
				// A time that means the same instant in two zones carries its own offset (Z, +05:30).
				const absolute = () =>
					at('UTC', 'exact').instant.getTime() === at('Asia/Kolkata', 'exact').instant.getTime();
				const clock = precision === 'exact' || precision === 'approximate';
				return zoneGiven && zone && clock && absolute() ? m.offsetWithZone(zone) : undefined;
			} catch (error) {
				if (error instanceof EventTimeError) return timeMessage(m.schema, a, error.reason);
				throw error;
			}
		},
	/** What an editor typed for a time, a date or a folder name, with Bengali digits read as digits. */
	digits: (a: string) => latinDigits(a),
});
