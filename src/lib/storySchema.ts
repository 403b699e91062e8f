import { z } from 'astro/zod';
import { isValidTimeZone } from './isValidTimeZone';
import { EventTimeError, parseEventTime } from './parseEventTime';

/** Kinds of timeline entry; `outage-start` and `restoration` bound the outage's duration. */
export const ENTRY_KINDS = ['outage-start', 'update', 'statement', 'restoration'] as const;
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

const httpUrl = (what: string) =>
	z
		.string({ error: `${what} must be a web address starting with https://` })
		.trim()
		.refine((v) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v), {
			error: (iss) =>
				`${what} "${String(iss.input)}" is not a web address; it must start with https:// (or http://), e.g. "https://x.com/andymstone"`,
		});

const zone = z
	.string({ error: 'the zone must be an IANA time zone name such as "Asia/Kolkata"' })
	.refine(isValidTimeZone, {
		error: (iss) =>
			`"${String(iss.input)}" is not a time zone name; use an IANA name such as "Asia/Kolkata", "Asia/Dhaka" or "UTC"`,
	});

/** Text written in both languages, side by side. */
export const bilingual = (what: string) =>
	z.object(
		{
			bn: text(`The Bengali ${what} (bn)`, 'bn: "রাত ৯টা নাগাদ ..."'),
			en: text(`The English ${what} (en)`, 'en: "Around 9 p.m. ..."'),
		},
		{ error: `${what} must have a Bengali line (bn:) and an English line (en:)` },
	);

const sourceName = z.union([z.string().trim().min(1), bilingual('source name')], {
	error: 'the source needs a name: the publication, site or person, e.g. name: "topicsbox.com"',
});

/** Where a fact comes from. */
export const sourceSchema = z.object({
	name: sourceName,
	url: httpUrl('The source link (url)').optional(),
	/** The date or title that identifies the piece, e.g. "2024-03-06". */
	detail: z.string().trim().min(1).optional(),
});

const time = z.union([z.string(), z.date()]).superRefine((value, ctx) => {
	if (value instanceof Date) {
		ctx.addIssue({
			code: 'custom',
			message: `the time must be in quotes, or YAML reads it as a date in UTC and the local time is lost; write time: "2024-03-05 21:00"`,
		});
	}
});

/** A time another source gives for the same moment. */
export const otherTimeSchema = z.object({
	time,
	zone: zone.optional(),
	precision: z.enum(PRECISIONS).default('exact'),
	source: sourceSchema,
});

/** A post quoted on the page, rendered statically (no embed script). */
export const quoteSchema = z.object({
	author: text("The quote's author", 'author: "Andy Stone"'),
	handle: z
		.string()
		.trim()
		.regex(/^@\w{1,30}$/, { error: 'the handle must look like "@andymstone"' })
		.optional(),
	platform: z.string().trim().min(1).default('X'),
	url: httpUrl('The post link (url)').optional(),
	lang: z.enum(['bn', 'en'], { error: 'the quote\'s language (lang) must be "bn" or "en"' }),
	text: text('The quoted words (text)', 'text: "We\'re aware people are having trouble ..."'),
	/** The date as the post itself shows it, e.g. "March 5, 2024" (kept verbatim). */
	dateline: z.string().trim().min(1).optional(),
	/** The report's own translation of the quote, by language. */
	translation: z
		.object({ bn: z.string().trim().min(1).optional(), en: z.string().trim().min(1).optional() })
		.optional(),
});

/** One timeline entry as an editor writes it. */
export const entrySchema = z.object({
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
	precision: z.enum(PRECISIONS, {
		error: (iss) =>
			`precision ${iss.input === undefined ? 'is missing' : `"${shown(iss.input)}" is not allowed`}; use one of ${list(PRECISIONS)}`,
	}),
	kind: z.enum(ENTRY_KINDS, {
		error: (iss) =>
			`kind ${iss.input === undefined ? 'is missing' : `"${shown(iss.input)}" is not allowed`}; use one of ${list(ENTRY_KINDS)}`,
	}),
	key: z.boolean().default(false),
	text: bilingual('text'),
	sources: z.array(sourceSchema).min(1, { error: 'every entry needs at least one source' }),
	quote: quoteSchema.optional(),
	otherTimes: z.array(otherTimeSchema).optional(),
	/** When the newsroom last changed this entry, in the story's zone, e.g. "2024-03-05 23:10". */
	updated: time.optional(),
	/** What was corrected, shown with the entry; `updated` says when. */
	correction: bilingual('correction').optional(),
});

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

/** One edition's frontmatter; the original edition also carries the story's zone and timeline. */
export const editionSchema = z
	.object({
		title: text('The title', 'title: "ঘণ্টাখানেক পর মিটল ফেসবুক এবং ইনস্টাগ্রামের সমস্যা"'),
		description: text('The description', 'description: "A one-sentence summary"'),
		/** Set on a translated edition: the language it was translated from. */
		translationOf: z.enum(['bn', 'en']).optional(),
		zone: zone.optional(),
		timeline: z.array(entrySchema).optional(),
		/** Which services the outage hit and how (original edition only). */
		services: z.array(serviceSchema).optional(),
		/** When the story was last updated, in the story's zone, e.g. "2024-03-05 23:30". */
		updated: time.optional(),
	})
	.superRefine((edition, ctx) => {
		if (edition.translationOf) {
			for (const field of ['zone', 'timeline', 'services', 'updated'] as const) {
				if (edition[field] !== undefined) {
					ctx.addIssue({
						code: 'custom',
						path: [field],
						message: `a translation does not repeat the ${field}; it lives once, in the original (${edition.translationOf}) edition`,
					});
				}
			}
			return;
		}
		const storyZone = edition.zone;
		if (!storyZone) {
			ctx.addIssue({
				code: 'custom',
				path: ['zone'],
				message: 'the story needs its time zone, e.g. zone: Asia/Kolkata',
			});
			return;
		}
		if (!edition.timeline?.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['timeline'],
				message: 'the timeline is empty; add at least one entry',
			});
			return;
		}
		const ids = new Map<string, number>();
		edition.timeline.forEach((entry, i) => {
			const first = ids.get(entry.id);
			if (first !== undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['timeline', i, 'id'],
					message: `the id "${entry.id}" is already used by entry ${first + 1}; give each entry its own id`,
				});
			} else ids.set(entry.id, i);
			const times: [unknown, string | undefined, string, (string | number)[]][] = [
				[entry.time, entry.zone, entry.precision, ['timeline', i, 'time']],
				...(entry.otherTimes ?? []).map(
					(o, j) =>
						[o.time, o.zone, o.precision, ['timeline', i, 'otherTimes', j, 'time']] as [
							unknown,
							string | undefined,
							string,
							(string | number)[],
						],
				),
				// An update is the newsroom's own time, so it is read in the story's zone.
				...(entry.updated === undefined
					? []
					: [
							[entry.updated, storyZone, 'exact', ['timeline', i, 'updated']] as [
								unknown,
								string,
								string,
								(string | number)[],
							],
						]),
			];
			if (entry.correction && entry.updated === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['timeline', i, 'updated'],
					message: `a correction needs the time it was made; add updated: "2024-03-05 23:10" (in the story's zone, ${storyZone})`,
				});
			}
			for (const [value, entryZone, precision, path] of times) {
				if (typeof value !== 'string') continue;
				try {
					parseEventTime(value, entryZone ?? storyZone, precision as 'exact');
				} catch (error) {
					if (!(error instanceof EventTimeError)) throw error;
					ctx.addIssue({ code: 'custom', path, message: error.message });
				}
			}
		});
		if (typeof edition.updated === 'string') {
			try {
				parseEventTime(edition.updated, storyZone, 'exact');
			} catch (error) {
				if (!(error instanceof EventTimeError)) throw error;
				ctx.addIssue({ code: 'custom', path: ['updated'], message: error.message });
			}
		}
	});

/** One edition's frontmatter after validation. */
export type Edition = z.output<typeof editionSchema>;
/** A timeline entry after validation. */
export type Entry = z.output<typeof entrySchema>;
