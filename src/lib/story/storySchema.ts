import { z } from 'astro/zod';
import type { Lang } from '../../i18n/locales';
import type { SchemaMessages } from '../../i18n/messages/catalog';
import { editorMessages } from '../../i18n/messages/index';
import { isValidTimeZone } from '../time/isValidTimeZone';
import { EventTimeError, type EventTimeReason, type Precision } from '../time/parseEventTime';
import { describeIssue } from './describeIssue';
import { editDistance, nearestName } from './nearestName';
import { dayEnd, resolveTime, type ResolvedTime } from './resolveTime';
import { ID_FORM, WEB_URL } from './idForm';

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
/** How a service fared during the outage. */
export const SERVICE_STATUSES = ['down', 'degraded', 'working'] as const;
const LANGS = ['bn', 'en'] as const;

/** An editor's value, quoted for a message; objects are shown as YAML-ish JSON, not "[object Object]". */
const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

// Something a reader can see: a letter, digit, punctuation or symbol (not only spaces, zero-width
// spaces, joiners or direction marks).
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

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

let zoneNames: string[] | undefined;
const allZoneNames = () =>
	(zoneNames ??= [...MODERN_ZONE_NAMES, 'UTC', ...Intl.supportedValuesOf('timeZone')]);

/** The known zone name nearest to a misspelt one, e.g. `'asia/dhakka'` → `'Asia/Dhaka'`. */
export function closestZone(input: string): string | undefined {
	return nearestName(input, allZoneNames());
}

/**
 * The database's own spelling of a zone written in other letter case, e.g. `'america/new_york'` →
 * `'America/New_York'`; undefined when it is spelt right (or is no zone).
 */
export function canonicalZone(input: string): string | undefined {
	const lower = input.toLowerCase();
	const listed = allZoneNames().find((name) => name.toLowerCase() === lower);
	if (listed !== undefined) return listed === input ? undefined : listed;
	if (!isValidTimeZone(input)) return undefined;
	const resolved = new Intl.DateTimeFormat('en', { timeZone: input }).resolvedOptions().timeZone;
	return resolved !== input && resolved.toLowerCase() === lower ? resolved : undefined;
}

/** A story zone or an entry's zone: a database name, spelt as the database spells it. */
const isZone = (value: string) => isValidTimeZone(value) && canonicalZone(value) === undefined;

/** A time, as `resolveTime` places it, and what a story's schema needs to know about its parts. */
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/;
const WITH_CLOCK = /^(\d{4}-\d{2}-\d{2})[ T]\d/;

/** The zone a written time is read in: its own zone for a local time, else UTC (or its zone). */
function readZone(value: string, valueZone: string | undefined): string | undefined {
	if (LOCAL_TIME.test(value.trim())) return valueZone;
	return valueZone !== undefined && isValidTimeZone(valueZone) ? valueZone : 'UTC';
}

/** The message for a time `parseEventTime` could not place. */
export function timeMessage(s: SchemaMessages, value: string, reason: EventTimeReason): string {
	switch (reason.kind) {
		case 'noMonth':
			return s.noMonth(reason.month);
		case 'noDay':
			return s.noDay(reason.year, reason.month, reason.day, reason.days);
		case 'notTimeOfDay':
			return s.notTimeOfDay(reason.clock);
		case 'dateWithoutClock':
			return s.dateWithoutClock(value, reason.example);
		case 'dstSkipped':
			return s.dstSkipped(reason.wall, reason.zone, reason.example);
		case 'dstRepeated':
			return s.dstRepeated(reason.wall, reason.zone, reason.example);
		case 'zone':
		case 'notATime':
			return s.timeForm(value);
	}
}

/** Every schema of a story file, with its messages in one language (`schemasIn(messagesBn.schema)`). */
function schemasIn(s: SchemaMessages) {
	const t = s.thing;
	const text = (what: string, example: string) =>
		z
			.string({
				error: (iss) =>
					iss.input === undefined ? s.missing(what, example) : s.notText(what, example),
			})
			.trim()
			.min(1, { error: s.empty(what, example), abort: true })
			.refine((v) => VISIBLE.test(v), { error: s.invisibleOnly(what, example) });

	// Only web addresses: a `javascript:` or `data:` link must never reach a page.
	const httpUrl = (what: string) =>
		z
			.string({ error: s.notWebAddressType(what) })
			.trim()
			.refine((v) => WEB_URL.test(v), {
				error: (iss) => s.notWebAddress(what, String(iss.input)),
			});

	const zone = z.string({ error: s.zoneNotText }).refine(isZone, {
		error: (iss) => {
			const input = String(iss.input);
			const canonical = canonicalZone(input);
			return canonical
				? s.zoneSpelling(input, canonical)
				: s.zoneUnknown(input, closestZone(input));
		},
	});

	/** An object whose unknown keys are reported, so a misspelt optional field is not lost silently. */
	const strictObject = <T extends z.ZodRawShape>(shape: T, what: string) => {
		const fields = Object.keys(shape);
		return z.strictObject(shape, {
			error: (iss) => {
				if (iss.code !== 'unrecognized_keys') {
					return iss.input === undefined
						? s.groupMissing(what, fields[0]!)
						: s.notGroup(what, fields[0]!);
				}
				const [key] = iss.keys;
				const guess = fields.find((f) => editDistance(f.toLowerCase(), key!.toLowerCase()) <= 2);
				return s.unknownKeys(iss.keys, what, guess, fields);
			},
		});
	};

	/** Text written in both languages, side by side; no other language. */
	const bilingual = (what: string) =>
		z.strictObject(
			{
				bn: text(s.bilingualLine('bn', what), 'bn: "রাত ৯টা নাগাদ ..."'),
				en: text(s.bilingualLine('en', what), 'en: "Around 9 p.m. ..."'),
			},
			{
				error: (iss) =>
					iss.code === 'unrecognized_keys'
						? s.unknownKeys(iss.keys, what, iss.keys.some((k) => /^b/i.test(k)) ? 'bn' : 'en', [
								'bn',
								'en',
							])
						: s.bilingualNotGroup(what),
			},
		);

	const oneName = (what: string, example: string) =>
		z
			.string()
			.trim()
			.min(1)
			.refine((v) => VISIBLE.test(v), { error: s.invisibleOnly(what, example) });

	const sourceName = z.union(
		[oneName(t.sourceName, 'name: topicsbox.com'), bilingual(t.sourceName)],
		{
			error: s.sourceNameForm,
		},
	);

	/** Where a fact comes from. */
	const sourceSchema = strictObject(
		{
			name: sourceName,
			url: httpUrl(t.sourceUrl).optional(),
			/** The date or title that identifies the piece, e.g. "2024-03-06". */
			detail: z
				.string({ error: s.detailNotText })
				.trim()
				.min(1, { error: s.detailEmpty })
				.optional(),
		},
		t.source,
	);

	const time = z
		.union([z.string(), z.date()], {
			error: (iss) => (iss.input === undefined ? s.timeMissing : s.notATime(shown(iss.input))),
		})
		.superRefine((value, ctx) => {
			if (value instanceof Date) {
				// Say nothing about the time of day: a day-precision entry rightly has none.
				ctx.addIssue({ code: 'custom', message: s.timeUnquoted(value.toISOString().slice(0, 10)) });
			}
		})
		// A date YAML read without quotes was refused above: from here on a time is the text written.
		.transform((value) => String(value));

	const oneOf = <T extends readonly [string, ...string[]]>(
		field: string,
		values: T,
		example: string,
	) =>
		z.enum(values, {
			error: (iss) =>
				s.notOneOf(field, iss.input === undefined ? undefined : shown(iss.input), values, example),
		});

	const precision = oneOf('precision', PRECISIONS, 'precision: approximate');

	/** A time another source gives for the same moment. */
	const otherTimeSchema = strictObject(
		{ time, zone: zone.optional(), precision: precision.default('exact'), source: sourceSchema },
		t.otherTime,
	);

	/** A post quoted on the page, rendered statically (no embed script). */
	const quoteSchema = strictObject(
		{
			author: text(t.author, 'author: "Andy Stone"'),
			handle: z
				.string({ error: s.handleNotText })
				.trim()
				.regex(/^@\w{1,30}$/, { error: (iss) => s.handleForm(String(iss.input)) })
				.optional(),
			platform: text(t.platform, 'platform: X').default('X'),
			url: httpUrl(t.postUrl).optional(),
			lang: oneOf("the quote's language (lang)", LANGS, 'lang: en'),
			text: text(t.quoteText, 'text: "We\'re aware people are having trouble ..."'),
			/** The date as the post itself shows it, e.g. "March 5, 2024" (kept verbatim). */
			dateline: text(t.dateline, 'dateline: "March 5, 2024"').optional(),
			/** The report's own translation of the quote, by language. */
			translation: strictObject(
				{
					bn: text(t.translationBn, 'bn: "আমরা জানি ..."').optional(),
					en: text(t.translationEn, 'en: "We know ..."').optional(),
				},
				t.translation,
			).optional(),
		},
		t.quote,
	);

	/** One timeline entry as an editor writes it. */
	const entrySchema = strictObject(
		{
			id: z
				.string({ error: s.idMissing })
				.regex(ID_FORM, { error: (iss) => s.idForm(String(iss.input)) }),
			time,
			zone: zone.optional(),
			precision,
			kind: oneOf('kind', ENTRY_KINDS, 'kind: update'),
			key: z.boolean({ error: s.notBoolean('key', 'key: true') }).default(false),
			text: bilingual(t.text),
			sources: z
				.array(sourceSchema, {
					error: s.notList('sources', '- name:', 'sources:\n  - name: topicsbox.com'),
				})
				.min(1, { error: s.needsOneSource('entry') }),
			quote: quoteSchema.optional(),
			otherTimes: z
				.array(otherTimeSchema, {
					error: s.notList(
						'otherTimes',
						'- time:',
						'otherTimes:\n  - time: "2024-03-05T17:35:00Z"\n    source:\n      name: Wikipedia',
					),
				})
				.optional(),
			/** When the newsroom last changed this entry, in the story's zone, e.g. "2024-03-05 23:10". */
			updated: time.optional(),
			/** What was corrected, shown with the entry; `updated` says when. */
			correction: bilingual(t.correction).optional(),
		},
		t.entry,
	);

	/** One service in the story's status at a glance, e.g. WhatsApp: working. */
	const serviceSchema = strictObject(
		{
			name: bilingual(t.serviceName),
			status: oneOf('the service status', SERVICE_STATUSES, 'status: working'),
			note: bilingual(t.serviceNote).optional(),
			sources: z
				.array(sourceSchema, {
					error: s.notList('sources', '- name:', 'sources:\n  - name: metastatus.com'),
				})
				.min(1, { error: s.needsOneSource('service') }),
		},
		t.service,
	);

	const entryId = (what: string) =>
		z
			.string({ error: s.entryIdNotText(what) })
			.trim()
			.min(1, { error: s.entryIdEmpty(what) });

	/** A span the summary shows: which entries begin and end it, e.g. the outage in India. */
	const spanSchema = strictObject(
		{ label: bilingual(t.spanLabel), start: entryId(t.spanStart), end: entryId(t.spanEnd) },
		t.span,
	);

	const language = (field: string) => oneOf(field, LANGS, `${field}: bn`).optional();

	/** One edition's frontmatter; the original edition also carries the story's zone and timeline. */
	const editionFields = strictObject(
		{
			title: text(t.title, 'title: "ঘণ্টাখানেক পর মিটল ফেসবুক এবং ইনস্টাগ্রামের সমস্যা"'),
			description: text(t.description, 'description: "A one-sentence summary"'),
			/** Set on a translated edition: the language it was translated from. */
			translationOf: language('translationOf'),
			/** Set on the original edition while the other edition is being translated, e.g. `en`. */
			translationPending: language('translationPending'),
			/** A draft is checked but not published; its timeline may still be empty. */
			draft: z.boolean({ error: s.notBoolean('draft', 'draft: true') }).optional(),
			zone: zone.optional(),
			timeline: z
				.array(entrySchema, {
					error: s.notList('timeline', '- id:', 'timeline:\n  - id: outage-begins'),
				})
				.optional(),
			/** Which services the outage hit and how (original edition only). */
			services: z
				.array(serviceSchema, {
					error: s.notList(
						'services',
						'- name:',
						'services:\n  - name: { bn: হোয়াট্সঅ্যাপ, en: WhatsApp }\n    status: working',
					),
				})
				.optional(),
			/** Whether the outage is over, by the editor's word: `ongoing` or `resolved`. */
			status: oneOf('status', STORY_STATUSES, 'status: resolved').optional(),
			/** When the newsroom first published the story, in the story's zone, e.g. "2024-03-05 23:30". */
			published: time.optional(),
			/** When the story was last updated, in the story's zone, e.g. "2024-03-05 23:30". */
			updated: time.optional(),
			/** Who wrote the story: one name, or the name in each language. */
			byline: z
				.union([oneName(t.byline, 'byline: "Staff reporter"'), bilingual(t.byline)], {
					error: s.bylineForm,
				})
				.optional(),
			/**
			 * The spans the summary shows, the story's own first, each bounded by two timeline entries,
			 * e.g. `- { label: { bn: ভারতে, en: In India }, start: india-logout, end: india-restored }`.
			 */
			spans: z
				.array(spanSchema, {
					error: s.notList(
						'spans',
						'- label:',
						'spans:\n  - label: { bn: ভারতে, en: In India }\n    start: india-logout\n    end: india-restored',
					),
				})
				.optional(),
		},
		t.story,
	);

	const editionSchema = editionFields
		// Runs even when some fields are invalid, so an editor sees every problem at once; it reads
		// only the fields that are well-formed.
		.superRefine((edition, ctx) => checkEdition(edition, ctx, s), {
			when: (payload) => isRecord(payload.value),
		})
		// Only a valid edition gets here: each entry gets its resolved times (`resolved`).
		.transform(resolveEdition);

	return {
		editionSchema,
		entrySchema,
		sourceSchema,
		otherTimeSchema,
		quoteSchema,
		serviceSchema,
		spanSchema,
		bilingual,
	};
}

/** One timeline entry's times, resolved once, by the schema. */
export interface EntryTimes {
	time: ResolvedTime;
	/** Other sources' times for the same moment, in the order written. */
	otherTimes: ResolvedTime[];
	/** When the newsroom last changed the entry (written in the story's zone). */
	updated?: Date | undefined;
	/** Where the entry sorts: its instant; a `day` entry, the last moment of its day in its zone. */
	sortsAt: Date;
}

/** The story-level times of an original edition, placed on the time axis by the schema. */
export interface EditionTimes {
	published?: Date | undefined;
	updated?: Date | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

type Issue = (path: (string | number)[], message: string) => void;

/** Checks that look across fields: ids, times in their zones, the order of start and end. */
function checkEdition(
	edition: Record<string, unknown>,
	ctx: z.RefinementCtx,
	s: SchemaMessages,
): void {
	const issue: Issue = (path, message) => ctx.addIssue({ code: 'custom', path, message });
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
				issue([field], s.translationRepeats(field, shown(edition.translationOf)));
			}
		}
		return;
	}
	const storyZone = str(edition.zone);
	const zoneOk = storyZone !== undefined && isZone(storyZone);
	if (edition.zone === undefined) issue(['zone'], s.storyNeedsZone);
	const place = (
		value: unknown,
		valueZone: string | undefined,
		precision: Precision | undefined,
		path: (string | number)[],
	) => placeTime(value, valueZone, precision, zoneOk ? storyZone : undefined, path, issue, s);
	place(edition.published, storyZone, 'exact', ['published']);
	place(edition.updated, storyZone, 'exact', ['updated']);
	const timeline = Array.isArray(edition.timeline) ? (edition.timeline as unknown[]) : undefined;
	if (edition.timeline === undefined || timeline?.length === 0) {
		if (edition.draft !== true) issue(['timeline'], s.timelineEmpty);
		return;
	}
	if (!timeline) return;
	const ids = new Map<string, number>();
	const placed: {
		index: number;
		id: string | undefined;
		kind: unknown;
		time: string;
		zone: string;
		instant: number;
	}[] = [];
	timeline.forEach((raw, i) => {
		if (!isRecord(raw)) return;
		const id = str(raw.id);
		const first = id === undefined ? undefined : ids.get(id);
		if (id !== undefined && first !== undefined) {
			issue(['timeline', i, 'id'], s.idDuplicate(id, first + 1));
		} else if (id !== undefined) ids.set(id, i);
		const entryZone = raw.zone === undefined ? storyZone : str(raw.zone);
		const precision = PRECISIONS.find((p) => p === (raw.precision ?? 'exact'));
		const at = place(raw.time, entryZone, precision, ['timeline', i, 'time']);
		(Array.isArray(raw.otherTimes) ? (raw.otherTimes as unknown[]) : []).forEach((o, j) => {
			const other = isRecord(o) ? o : {};
			place(
				other.time,
				other.zone === undefined ? entryZone : str(other.zone),
				PRECISIONS.find((p) => p === (other.precision ?? 'exact')),
				['timeline', i, 'otherTimes', j, 'time'],
			);
		});
		// An update is the newsroom's own time, so it is read in the story's zone.
		place(raw.updated, storyZone, 'exact', ['timeline', i, 'updated']);
		if (raw.correction !== undefined && raw.updated === undefined) {
			issue(['timeline', i, 'updated'], s.correctionNeedsUpdated(storyZone));
		}
		if (at !== undefined && precision !== 'day' && typeof raw.time === 'string') {
			placed.push({
				index: i,
				id,
				kind: raw.kind,
				time: raw.time,
				zone: at.zone,
				instant: at.instant.getTime(),
			});
		}
	});
	checkSpans(edition.spans, ids, placed, issue, s);
	if (!zoneOk && edition.zone !== undefined) return;
	const firstStart = placed
		.filter((p) => p.kind === 'outage-start')
		.sort((a, b) => a.instant - b.instant)[0];
	if (!firstStart) return;
	for (const p of placed) {
		if (p.kind === 'restoration' && p.instant < firstStart.instant) {
			issue(
				['timeline', p.index, 'time'],
				s.restorationBeforeStart(
					p.time,
					p.zone,
					firstStart.index + 1,
					firstStart.time,
					firstStart.zone,
				),
			);
		}
	}
}

/** Each span names entries that exist, and ends after it starts. */
function checkSpans(
	spans: unknown,
	ids: ReadonlyMap<string, number>,
	placed: readonly { id: string | undefined; instant: number; time: string }[],
	issue: Issue,
	s: SchemaMessages,
): void {
	if (!Array.isArray(spans)) return;
	const known = [...ids.keys()];
	(spans as unknown[]).forEach((span, i) => {
		if (!isRecord(span)) return;
		const [start, end] = (['start', 'end'] as const).map((field) => {
			const id = str(span[field])?.trim();
			if (id === undefined || id === '') return undefined;
			if (!ids.has(id)) {
				issue(['spans', i, field], s.spanUnknownId(id, field, known));
				return undefined;
			}
			return placed.find((p) => p.id === id);
		});
		if (start && end && end.instant <= start.instant) {
			issue(['spans', i, 'end'], s.spanEndsBeforeStart(end.id!, end.time, start.id!, start.time));
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
	issue: Issue,
	s: SchemaMessages,
): ResolvedTime | undefined {
	if (typeof value !== 'string' || precision === undefined) return undefined;
	const written = value.trim();
	const local = LOCAL_TIME.test(written);
	if (precision === 'day') {
		// A day entry is a date: a clock time or an instant would be thrown away (or change its day).
		const clock = WITH_CLOCK.exec(written);
		if (!local && clock) {
			issue(path, s.dayWithInstant(value));
			return undefined;
		}
		if (clock) {
			issue(path, s.dayWithClock(value, clock[1]!));
			return undefined;
		}
	}
	if (local && valueZone === undefined) {
		issue(path, s.localWithoutZone(value));
		return undefined;
	}
	const zone = readZone(written, valueZone);
	// A zone that is not one is reported on its own field.
	if (zone === undefined || !isZone(zone)) return undefined;
	try {
		return resolveTime(value, zone, precision, storyZone ?? zone);
	} catch (error) {
		if (!(error instanceof EventTimeError)) throw error;
		issue(path, timeMessage(s, value, error.reason));
		return undefined;
	}
}

/** A time as written, with what it is read in. */
interface WrittenTime {
	time: string;
	zone?: string | undefined;
	precision: Precision;
}

/** What `resolveEdition` reads of a valid edition. */
interface WrittenEdition {
	zone?: string | undefined;
	translationOf?: string | undefined;
	published?: string | undefined;
	updated?: string | undefined;
	timeline?:
		| (WrittenTime & { otherTimes?: WrittenTime[] | undefined; updated?: string | undefined })[]
		| undefined;
}

/**
 * A valid edition with its times resolved: each timeline entry gets `resolved` (its time, other
 * sources' times, its update, where it sorts), the edition `times` (published, updated). The only
 * place written times become instants; everything after the schema reads these.
 */
function resolveEdition<E extends WrittenEdition>(
	edition: E,
): Omit<E, 'timeline'> & {
	timeline?: (NonNullable<E['timeline']>[number] & { resolved: EntryTimes })[] | undefined;
	times?: EditionTimes | undefined;
} {
	const storyZone = edition.zone;
	if (edition.translationOf !== undefined || storyZone === undefined) {
		return { ...edition, timeline: undefined, times: undefined };
	}
	const resolve = (value: string, zone: string, precision: Precision) =>
		resolveTime(value, readZone(value, zone)!, precision, storyZone);
	const timeline = edition.timeline?.map((entry) => {
		const entryZone = entry.zone ?? storyZone;
		const time = resolve(entry.time, entryZone, entry.precision);
		const resolved: EntryTimes = {
			time,
			otherTimes: (entry.otherTimes ?? []).map((o) =>
				resolve(o.time, o.zone ?? entryZone, o.precision),
			),
			updated:
				entry.updated === undefined
					? undefined
					: resolve(entry.updated, storyZone, 'exact').instant,
			sortsAt: time.precision === 'day' ? dayEnd(time.localDate, time.zone) : time.instant,
		};
		return { ...entry, resolved };
	});
	const at = (value: string | undefined) =>
		value === undefined ? undefined : resolve(value, storyZone, 'exact').instant;
	return {
		...edition,
		timeline,
		times: { published: at(edition.published), updated: at(edition.updated) },
	};
}

const en = schemasIn(editorMessages('en').schema);
const bn = schemasIn(editorMessages('bn').schema);

/** One edition's frontmatter, with English messages; `editionSchemaIn('bn')` words them in Bengali. */
export const editionSchema = en.editionSchema;
/** One timeline entry as an editor writes it. */
export const entrySchema = en.entrySchema;
/** Where a fact comes from. */
export const sourceSchema = en.sourceSchema;
/** A time another source gives for the same moment. */
export const otherTimeSchema = en.otherTimeSchema;
/** A post quoted on the page, rendered statically (no embed script). */
export const quoteSchema = en.quoteSchema;
/** One service in the story's status at a glance, e.g. WhatsApp: working. */
export const serviceSchema = en.serviceSchema;
/** A span the summary shows: which entries begin and end it. */
export const spanSchema = en.spanSchema;
/** Text written in both languages, side by side. */
export const bilingual = en.bilingual;

/** The edition schema with its messages in `lang`: the same rules, the same issues in the same order. */
export function editionSchemaIn(lang: Lang): typeof editionSchema {
	return lang === 'bn' ? bn.editionSchema : en.editionSchema;
}

/** An entry as editors wrote it. */
export type RawEntry = z.input<typeof entrySchema>;
/** One edition's frontmatter after validation, each entry with its resolved times. */
export type Edition = z.output<typeof editionSchema>;
/** A timeline entry after validation (as written, without its resolved times). */
export type Entry = z.output<typeof entrySchema>;
/** A timeline entry of a validated edition, with its times resolved by the schema. */
export type ValidatedEntry = NonNullable<Edition['timeline']>[number];

/**
 * The stories collection's schema: `editionSchema`, with every message saying which timeline entry
 * (its number, id and time) and which field it is about, and showing a valid example, so that
 * `astro dev` and `astro build` speak to editors as `npm run check:content` does.
 */
export const storiesCollectionSchema = z.unknown().transform((raw, ctx): Edition => {
	const result = editionSchema.safeParse(raw);
	if (result.success) return result.data;
	for (const iss of result.error.issues) {
		ctx.addIssue({ code: 'custom', path: iss.path, message: describeIssue(raw, iss) });
	}
	return z.NEVER;
});
