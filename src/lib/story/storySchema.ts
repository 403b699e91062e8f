import { z } from 'astro/zod';
import { describeIssue } from '../editor/describeIssue';
import { isValidTimeZone } from '../time/isValidTimeZone';
import { EventTimeError, type Precision } from '../time/parseEventTime';
import { editDistance, nearestName } from './nearestName';
import { resolveTime, type ResolvedTime } from './resolveTime';

/**
 * Kinds of timeline entry, in incident practice's words: the outage begins; the company is
 * investigating, has identified the cause, is recovering (service being restored); the outage is
 * resolved (`restoration`). `update` and `statement` are plain news and a party's own words.
 * Without `spans`, the first `outage-start` and the last `restoration` bound the outage.
 */
export const ENTRY_KINDS = [
	'outage-start',
	'investigating',
	'identified',
	'update',
	'statement',
	'recovering',
	'restoration',
] as const;
/** The story's state, by the editor's word: still going on, or over. */
export const STORY_STATUSES = ['ongoing', 'resolved'] as const;
/** How precisely a source gave a time. */
export const PRECISIONS = ['exact', 'approximate', 'day'] as const;

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** An editor's value, quoted for a message; objects are shown as YAML-ish JSON, not "[object Object]". */
const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

const text = (what: string, example: string) =>
	z
		.string({
			error: (iss) =>
				iss.input === undefined
					? `${what} is missing; write it, e.g. ${example}`
					: `${what} must be text, e.g. ${example}`,
		})
		.trim()
		.min(1, { error: `${what} is empty; write it, e.g. ${example}` });

// Only web addresses: a `javascript:` or `data:` link must never reach a page.
const httpUrl = (what: string) =>
	z
		.string({
			error: `${what} must be a web address starting with https://, e.g. url: https://x.com/andymstone`,
		})
		.trim()
		.refine((v) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v), {
			error: (iss) =>
				`${what} "${String(iss.input)}" is not a web address; it must start with https:// (or http://), e.g. url: https://x.com/andymstone`,
		});

const zone = z
	.string({
		error: 'the zone must be the name of a time zone, e.g. zone: Asia/Kolkata',
	})
	.refine(isValidTimeZone, {
		error: (iss) => {
			const guess = closestZone(String(iss.input));
			return `"${String(iss.input)}" is not a time zone name${guess ? `; did you mean "${guess}"?` : '.'} Use a name from the time zone database, e.g. zone: Asia/Kolkata (India), zone: Asia/Dhaka (Bangladesh) or zone: UTC`;
		},
	});

// The runtime lists some zones by their old names (Asia/Calcutta); suggest the current ones.
const MODERN_ZONE_NAMES = [
	'Asia/Kolkata',
	'Asia/Kathmandu',
	'Asia/Yangon',
	'Asia/Ho_Chi_Minh',
	'Europe/Kyiv',
	'America/Argentina/Buenos_Aires',
	'Atlantic/Faroe',
	'Pacific/Chuuk',
	'Pacific/Pohnpei',
];

/** The known zone name nearest to a misspelt one, e.g. `'asia/dhakka'` → `'Asia/Dhaka'`. */
export function closestZone(input: string): string | undefined {
	return nearestName(input, [...MODERN_ZONE_NAMES, ...Intl.supportedValuesOf('timeZone')]);
}

/** An object whose unknown keys are reported, so a misspelt optional field is not lost silently. */
const strictObject = <T extends z.ZodRawShape>(shape: T, what: string) => {
	const fields = Object.keys(shape);
	return z.strictObject(shape, {
		error: (iss) => {
			if (iss.code !== 'unrecognized_keys')
				return iss.input === undefined
					? `${what} is missing, e.g. ${fields[0]}: …`
					: `${what} must be a group of fields (name: value lines, indented), e.g. ${fields[0]}: …`;
			const [key] = iss.keys;
			const guess = fields.find((f) => editDistance(f.toLowerCase(), key!.toLowerCase()) <= 2);
			return `${iss.keys.map((k) => `"${k}"`).join(', ')} ${iss.keys.length > 1 ? 'are not fields' : 'is not a field'} ${what} can have${guess ? `; did you mean "${guess}"?` : '.'} The fields are ${fields.join(', ')}, e.g. ${guess ?? fields[0]}: …`;
		},
	});
};

/** Text written in both languages, side by side. */
export const bilingual = (what: string) =>
	z.object(
		{
			bn: text(`The Bengali ${what} (bn)`, 'bn: "রাত ৯টা নাগাদ ..."'),
			en: text(`The English ${what} (en)`, 'en: "Around 9 p.m. ..."'),
		},
		{
			error: `the ${what} must have a Bengali line (bn:) and an English line (en:), e.g.\n    bn: "রাত ৯টা নাগাদ ..."\n    en: "Around 9 p.m. ..."`,
		},
	);

const sourceName = z.union([z.string().trim().min(1), bilingual('source name')], {
	error:
		'the source needs a name: the publication, site or person, e.g. name: topicsbox.com (or name: { bn: এই প্রতিবেদন, en: This report })',
});

/** Where a fact comes from. */
export const sourceSchema = strictObject(
	{
		name: sourceName,
		url: httpUrl('The source link (url)').optional(),
		/** The date or title that identifies the piece, e.g. "2024-03-06". */
		detail: z
			.string({ error: 'the detail must be text in quotes, e.g. detail: "2024-03-06"' })
			.trim()
			.min(1, {
				error: 'the detail is empty; write it or delete the line, e.g. detail: "2024-03-06"',
			})
			.optional(),
	},
	'a source',
);

const time = z
	.union([z.string(), z.date()], {
		error: (iss) =>
			iss.input === undefined
				? 'the time is missing; write the local time in quotes, e.g. time: "2024-03-05 21:00"'
				: `${shown(iss.input)} is not a time; write the date and the 24-hour time in quotes, e.g. time: "2024-03-05 21:00"`,
	})
	.superRefine((value, ctx) => {
		if (value instanceof Date) {
			ctx.addIssue({
				code: 'custom',
				// Say nothing about the time of day: a day-precision entry rightly has none.
				message: `the time must be in quotes, or YAML reads it as a date in UTC and the local time is lost; write it in quotes as the source gave it, e.g. time: "${value.toISOString().slice(0, 10)}" (only the date, with precision: day) or time: "${value.toISOString().slice(0, 10)} 21:00"`,
			});
		}
	})
	// A date YAML read without quotes was refused above: from here on a time is the text written.
	.transform((value) => String(value));

const precision = z.enum(PRECISIONS, {
	error: (iss) =>
		`precision ${iss.input === undefined ? 'is missing' : `"${shown(iss.input)}" is not allowed`}; use one of ${list(PRECISIONS)}, e.g. precision: approximate`,
});

/** A time another source gives for the same moment. */
export const otherTimeSchema = strictObject(
	{
		time,
		zone: zone.optional(),
		precision: precision.default('exact'),
		source: sourceSchema,
	},
	'another time',
);

/** A post quoted on the page, rendered statically (no embed script). */
export const quoteSchema = strictObject(
	{
		author: text("The quote's author", 'author: "Andy Stone"'),
		handle: z
			.string({ error: 'the handle must be text in quotes, e.g. handle: "@andymstone"' })
			.trim()
			.regex(/^@\w{1,30}$/, {
				error: (iss) =>
					`the handle "${String(iss.input)}" must be an @ and the account name, in quotes, e.g. handle: "@andymstone"`,
			})
			.optional(),
		platform: text('The platform', 'platform: X').default('X'),
		url: httpUrl('The post link (url)').optional(),
		lang: z.enum(['bn', 'en'], {
			error: 'the quote\'s language (lang) must be "bn" or "en", e.g. lang: en',
		}),
		text: text('The quoted words (text)', 'text: "We\'re aware people are having trouble ..."'),
		/** The date as the post itself shows it, e.g. "March 5, 2024" (kept verbatim). */
		dateline: text('The dateline', 'dateline: "March 5, 2024"').optional(),
		/** The report's own translation of the quote, by language. */
		translation: strictObject(
			{
				bn: text('The Bengali translation (bn)', 'bn: "আমরা জানি ..."').optional(),
				en: text('The English translation (en)', 'en: "We know ..."').optional(),
			},
			"the quote's translation",
		).optional(),
	},
	'a quote',
);

/** One timeline entry as an editor writes it. */
export const entrySchema = strictObject(
	{
		id: z
			.string({
				error:
					'every entry needs an id: short, lowercase, with dashes, e.g. id: stone-first-statement',
			})
			.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
				error: (iss) =>
					`the id "${String(iss.input)}" may use only lowercase letters, digits and dashes, e.g. "stone-first-statement"`,
			}),
		time,
		zone: zone.optional(),
		precision,
		kind: z.enum(ENTRY_KINDS, {
			error: (iss) =>
				`kind ${iss.input === undefined ? 'is missing' : `"${shown(iss.input)}" is not allowed`}; use one of ${list(ENTRY_KINDS)}, e.g. kind: update`,
		}),
		key: z
			.boolean({ error: 'key must be true or false, e.g. key: true (or delete the line)' })
			.default(false),
		text: bilingual('text'),
		sources: z
			.array(sourceSchema, {
				error:
					'sources must be a list, each source starting with "- name:", e.g. sources:\n  - name: topicsbox.com',
			})
			.min(1, {
				error: 'every entry needs at least one source, e.g. sources:\n  - name: topicsbox.com',
			}),
		quote: quoteSchema.optional(),
		otherTimes: z
			.array(otherTimeSchema, {
				error:
					'otherTimes must be a list, each starting with "- time:", e.g. otherTimes:\n  - time: "2024-03-05T17:35:00Z"\n    source:\n      name: Wikipedia',
			})
			.optional(),
		/** When the newsroom last changed this entry, in the story's zone, e.g. "2024-03-05 23:10". */
		updated: time.optional(),
		/** What was corrected, shown with the entry; `updated` says when. */
		correction: bilingual('correction').optional(),
	},
	'an entry',
);

/** How a service fared during the outage. */
export const SERVICE_STATUSES = ['down', 'degraded', 'working'] as const;

/** One service in the story's status at a glance, e.g. WhatsApp: working. */
export const serviceSchema = z.object({
	name: bilingual('service name'),
	status: z.enum(SERVICE_STATUSES, {
		error: (iss) =>
			`the service status ${iss.input === undefined ? 'is missing' : `"${shown(iss.input)}" is not allowed`}; use one of ${list(SERVICE_STATUSES)}`,
	}),
	note: bilingual('service note').optional(),
	sources: z.array(sourceSchema).min(1, { error: 'every service needs at least one source' }),
});

/** An entry as editors wrote it. */
export type RawEntry = z.input<typeof entrySchema>;

const entryId = (what: string) =>
	z
		.string({
			error: `${what} must be the id of a timeline entry, e.g. start: india-logout`,
		})
		.trim()
		.min(1, {
			error: `${what} is empty; write the id of a timeline entry, e.g. start: india-logout`,
		});

/** A span the summary shows: which entries begin and end it, e.g. the outage in India. */
export const spanSchema = strictObject(
	{
		label: bilingual('span label'),
		start: entryId("The span's start"),
		end: entryId("The span's end"),
	},
	'a span',
);

/** One edition's frontmatter; the original edition also carries the story's zone and timeline. */
export const editionSchema = z
	.object({
		title: text('The title', 'title: "ঘণ্টাখানেক পর মিটল ফেসবুক এবং ইনস্টাগ্রামের সমস্যা"'),
		description: text('The description', 'description: "A one-sentence summary"'),
		/** Set on a translated edition: the language it was translated from. */
		translationOf: z
			.enum(['bn', 'en'], {
				error: (iss) =>
					`translationOf "${shown(iss.input)}" is not a language of the site; write the language of the original edition, e.g. translationOf: bn`,
			})
			.optional(),
		/** Set on the original edition while the other edition is being translated, e.g. `en`. */
		translationPending: z
			.enum(['bn', 'en'], {
				error: (iss) =>
					`translationPending "${shown(iss.input)}" is not a language of the site; write the language still being translated, e.g. translationPending: en`,
			})
			.optional(),
		/** A draft is checked but not published; its timeline may still be empty. */
		draft: z
			.boolean({ error: 'draft must be true or false, e.g. draft: true (or delete the line)' })
			.optional(),
		zone: zone.optional(),
		timeline: z
			.array(entrySchema, {
				error:
					'the timeline must be a list of entries, each starting with "- id:", e.g. timeline:\n  - id: outage-begins',
			})
			.optional(),
		/** Which services the outage hit and how (original edition only). */
		services: z
			.array(serviceSchema, {
				error:
					'services must be a list, each service starting with "- name:", e.g. services:\n  - name: { bn: হোয়াট্সঅ্যাপ, en: WhatsApp }\n    status: working',
			})
			.optional(),
		/** Whether the outage is over, by the editor's word: `ongoing` or `resolved`. */
		status: z
			.enum(STORY_STATUSES, {
				error: (iss) =>
					`status "${shown(iss.input)}" is not allowed; use one of ${list(STORY_STATUSES)}, e.g. status: resolved once the outage is over`,
			})
			.optional(),
		/** When the newsroom first published the story, in the story's zone, e.g. "2024-03-05 23:30". */
		published: time.optional(),
		/** When the story was last updated, in the story's zone, e.g. "2024-03-05 23:30". */
		updated: time.optional(),
		/** Who wrote the story: one name, or the name in each language. */
		byline: z
			.union([z.string().trim().min(1), bilingual('byline')], {
				error:
					'the byline must be a name, e.g. byline: "Staff reporter" (or byline: { bn: নিজস্ব সংবাদদাতা, en: Staff reporter })',
			})
			.optional(),
		/**
		 * The spans the summary shows, the story's own first, each bounded by two timeline entries,
		 * e.g. `- { label: { bn: ভারতে, en: In India }, start: india-logout, end: india-restored }`.
		 */
		spans: z
			.array(spanSchema, {
				error:
					'spans must be a list, each span starting with "- label:", e.g. spans:\n  - label: { bn: ভারতে, en: In India }\n    start: india-logout\n    end: india-restored',
			})
			.optional(),
	})
	// Runs even when some fields are invalid, so an editor sees every problem at once; it reads
	// only the fields that are well-formed. On a valid original edition it also gives the edition
	// its resolved times (`times`): each time is read once, here.
	.superRefine(checkEdition, { when: (payload) => isRecord(payload.value) })
	// `times`, set by checkEdition, in the type.
	.transform((edition) => edition as typeof edition & { times?: EditionTimes });

/** One timeline entry's times, resolved. */
export interface EntryTimes {
	time: ResolvedTime;
	/** Other sources' times for the same moment, in the order written. */
	otherTimes: ResolvedTime[];
	/** When the newsroom last changed the entry (written in the story's zone). */
	updated?: Date | undefined;
}

/** Every time an original edition carries, placed on the time axis by the schema. */
export interface EditionTimes {
	/** In the order the entries are written. */
	timeline: EntryTimes[];
	published?: Date | undefined;
	updated?: Date | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/;

/** Checks that look across fields: ids, times in their zones, the order of start and end. */
function checkEdition(edition: Record<string, unknown>, ctx: z.RefinementCtx): void {
	const issue = (path: (string | number)[], message: string) =>
		ctx.addIssue({ code: 'custom', path, message });
	if (edition.translationOf !== undefined) {
		for (const field of [
			'zone',
			'timeline',
			'services',
			'status',
			'published',
			'updated',
			'byline',
			'spans',
			'draft',
			'translationPending',
		] as const) {
			if (edition[field] !== undefined) {
				issue(
					[field],
					`a translation does not repeat the ${field}; it lives once, in the original (${shown(edition.translationOf)}) edition`,
				);
			}
		}
		return;
	}
	const storyZone = str(edition.zone);
	const zoneOk = storyZone !== undefined && isValidTimeZone(storyZone);
	if (edition.zone === undefined) {
		issue(
			['zone'],
			'the story needs its time zone, the one its local times are written in, e.g. zone: Asia/Kolkata',
		);
	}
	// Every time the edition carries, resolved once; the edition gets them when all are placed.
	let complete = true;
	const place = (
		value: unknown,
		valueZone: string | undefined,
		precision: Precision | undefined,
		path: (string | number)[],
	): ResolvedTime | undefined => {
		if (value === undefined) return undefined;
		const at = placeTime(value, valueZone, precision, zoneOk ? storyZone : undefined, path, issue);
		if (!at) complete = false;
		return at;
	};
	const keepTimes = (entries: EntryTimes[]) => {
		const published = place(edition.published, storyZone, 'exact', ['published'])?.instant;
		const updated = place(edition.updated, storyZone, 'exact', ['updated'])?.instant;
		if (complete && zoneOk) {
			const times: EditionTimes = { timeline: entries, published, updated };
			ctx.value = { ...edition, times };
		}
	};
	const timeline = Array.isArray(edition.timeline) ? (edition.timeline as unknown[]) : undefined;
	if (edition.timeline === undefined || timeline?.length === 0) {
		keepTimes([]);
		if (edition.draft !== true) {
			issue(
				['timeline'],
				'the timeline is empty; add at least one entry with npm run add:entry (or keep draft: true until you do), e.g. timeline:\n  - id: outage-begins\n    time: "2024-03-05 21:00"\n    …',
			);
		}
		return;
	}
	if (!timeline) return;
	const ids = new Map<string, number>();
	const entryTimes: EntryTimes[] = [];
	const placed: {
		index: number;
		id: string | undefined;
		kind: unknown;
		time: string;
		zone: string;
		instant: number;
	}[] = [];
	timeline.forEach((raw, i) => {
		if (!isRecord(raw)) {
			complete = false;
			return;
		}
		const id = str(raw.id);
		const first = id === undefined ? undefined : ids.get(id);
		if (id !== undefined && first !== undefined) {
			issue(
				['timeline', i, 'id'],
				`the id "${id}" is already used by timeline entry ${first + 1}; give each entry its own id, e.g. id: ${id}-2`,
			);
		} else if (id !== undefined) ids.set(id, i);
		const entryZone = raw.zone === undefined ? storyZone : str(raw.zone);
		const precision = PRECISIONS.find((p) => p === (raw.precision ?? 'exact'));
		const at = place(raw.time, entryZone, precision, ['timeline', i, 'time']);
		const otherTimes = (Array.isArray(raw.otherTimes) ? (raw.otherTimes as unknown[]) : []).map(
			(o, j) => {
				const other = isRecord(o) ? o : {};
				return place(
					other.time,
					other.zone === undefined ? entryZone : str(other.zone),
					PRECISIONS.find((p) => p === (other.precision ?? 'exact')),
					['timeline', i, 'otherTimes', j, 'time'],
				);
			},
		);
		// An update is the newsroom's own time, so it is read in the story's zone.
		const updated = place(raw.updated, storyZone, 'exact', ['timeline', i, 'updated']);
		if (at && otherTimes.every((o) => o !== undefined)) {
			entryTimes.push({ time: at, otherTimes, updated: updated?.instant });
		} else complete = false;
		if (raw.correction !== undefined && raw.updated === undefined) {
			issue(
				['timeline', i, 'updated'],
				`a correction needs the time it was made; add updated: "2024-03-05 23:10" (in the story's zone, ${storyZone ?? 'the zone: at the top'})`,
			);
		}
		if (at !== undefined && precision !== 'day' && typeof raw.time === 'string') {
			placed.push({
				index: i,
				id,
				kind: raw.kind,
				time: raw.time,
				zone: entryZone ?? 'UTC',
				instant: at.instant.getTime(),
			});
		}
	});
	keepTimes(entryTimes);
	checkSpans(edition.spans, ids, placed, issue);
	if (!zoneOk && edition.zone !== undefined) return;
	const firstStart = placed
		.filter((p) => p.kind === 'outage-start')
		.sort((a, b) => a.instant - b.instant)[0];
	if (!firstStart) return;
	for (const p of placed) {
		if (p.kind === 'restoration' && p.instant < firstStart.instant) {
			issue(
				['timeline', p.index, 'time'],
				`this restoration (${p.time}, ${p.zone}) comes before the outage began: timeline entry ${firstStart.index + 1} starts it at ${firstStart.time} (${firstStart.zone}). Check the time, its zone, the kind of both entries and the date, e.g. time: "2024-03-05 22:00" for a restoration after a start at "2024-03-05 21:00"`,
			);
		}
	}
}

/** Each span names entries that exist, and ends after it starts. */
function checkSpans(
	spans: unknown,
	ids: ReadonlyMap<string, number>,
	placed: readonly { id: string | undefined; instant: number; time: string }[],
	issue: (path: (string | number)[], message: string) => void,
): void {
	if (!Array.isArray(spans)) return;
	const known = [...ids.keys()].map((id) => `"${id}"`).join(', ');
	(spans as unknown[]).forEach((span, i) => {
		if (!isRecord(span)) return;
		const ends = (['start', 'end'] as const).map((field) => {
			const id = str(span[field])?.trim();
			if (id === undefined || id === '') return undefined;
			if (!ids.has(id)) {
				issue(
					['spans', i, field],
					`no timeline entry has the id "${id}"; a span's ${field} names an entry of this story's timeline: one of ${known}`,
				);
				return undefined;
			}
			return placed.find((p) => p.id === id);
		});
		const [start, end] = ends;
		if (start && end && end.instant <= start.instant) {
			issue(
				['spans', i, 'end'],
				`this span ends (entry "${end.id}", ${end.time}) before or when it starts (entry "${start.id}", ${start.time}); name the entry that ends it as end: and the one that begins it as start:`,
			);
		}
	});
}

/**
 * Places a time an editor wrote on the time axis (`resolveTime`), reporting why it cannot be;
 * `undefined` when it cannot, or when its form was already reported by the field's own check.
 */
function placeTime(
	value: unknown,
	valueZone: string | undefined,
	precision: Precision | undefined,
	storyZone: string | undefined,
	path: (string | number)[],
	issue: (path: (string | number)[], message: string) => void,
): ResolvedTime | undefined {
	if (typeof value !== 'string' || precision === undefined) return undefined;
	const local = LOCAL_TIME.test(value.trim());
	if (local && valueZone === undefined) {
		issue(
			path,
			`"${value}" is a local time, but neither this entry nor the story says which time zone it is in; add zone: Asia/Kolkata at the top of the file (or on this entry), or write the time in UTC, e.g. time: "2024-03-05T15:30:00Z"`,
		);
		return undefined;
	}
	// A zone that is not one is reported on its own field.
	const zoneToUse = local ? valueZone! : 'UTC';
	if (!isValidTimeZone(zoneToUse)) return undefined;
	// A time with an offset keeps its entry's zone when the offset is that zone's own.
	const given =
		!local && valueZone !== undefined && isValidTimeZone(valueZone) ? valueZone : zoneToUse;
	try {
		return resolveTime(value, given, precision, storyZone ?? given);
	} catch (error) {
		if (!(error instanceof EventTimeError)) throw error;
		issue(path, error.message);
		return undefined;
	}
}

/** One edition's frontmatter after validation. */
export type Edition = z.output<typeof editionSchema>;
/** A timeline entry after validation. */
export type Entry = z.output<typeof entrySchema>;

/**
 * The stories collection's schema: `editionSchema`, with every message saying which timeline entry
 * (its number, id and time) and which field it is about, and showing a valid example, so that
 * `astro dev` and `astro build` speak to editors as `npm run check:content` does.
 */
export const storiesCollectionSchema = z.unknown().transform((raw, ctx): Edition => {
	const result = editionSchema.safeParse(raw);
	if (result.success) return result.data;
	for (const iss of result.error.issues) {
		ctx.addIssue({
			code: 'custom',
			path: iss.path,
			message: describeIssue(raw, iss),
		});
	}
	return z.NEVER;
});
