import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatInTimeZone } from 'date-fns-tz/formatInTimeZone';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { calendarDay, zoneOffsetMs } from '../../src/lib/time/zonedClock';

/** Zones a generated story or entry is written in: whole, half and quarter hours, DST both sides. */
export const WRITTEN_ZONES = [
	'UTC',
	'Asia/Dhaka',
	'Asia/Kolkata',
	'Asia/Kathmandu',
	'America/Los_Angeles',
	'America/New_York',
	'Australia/Sydney',
	'Pacific/Chatham',
	'Europe/London',
] as const;

/** Instants near which outages are hard to show: a year's end, DST changes, 2021's big outages. */
const HARD_INSTANTS = [
	'2023-12-31T20:00:00Z',
	'2021-11-07T04:00:00Z', // New York falls back at 06:00 UTC
	'2024-03-10T05:00:00Z', // New York springs forward at 07:00 UTC
	'2024-04-06T14:00:00Z', // Sydney falls back at 16:00 UTC
	'2024-09-28T12:00:00Z', // Chatham springs forward at 14:00 UTC
	'2021-10-04T15:40:00Z',
	'2024-07-19T04:09:00Z',
].map((iso) => Date.parse(iso));

/** One entry of a generated story, with what the test needs to know about it. */
export interface GeneratedEntry {
	id: string;
	/** The instant of a timed entry; for a day entry, undefined. */
	instant?: number | undefined;
	/** A day entry's date (`YYYY-MM-DD`) in its zone. */
	day?: string | undefined;
	zone: string;
	precision: 'exact' | 'approximate' | 'day';
	kind: string;
	otherTime?: number | undefined;
	quote: boolean;
}

/** A generated story: its zone, status and entries. */
export interface GeneratedStory {
	slug: string;
	zone: string;
	status?: 'resolved' | 'ongoing' | undefined;
	entries: GeneratedEntry[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** True when a local time near `instant` in `zone` is neither skipped nor repeated by a DST change. */
const safeLocal = (instant: number, zone: string) =>
	zoneOffsetMs(zone, instant - 2 * HOUR) === zoneOffsetMs(zone, instant + 2 * HOUR) &&
	zone !== 'UTC';

const raw = fc.record({
	zone: fc.constantFrom(...WRITTEN_ZONES),
	status: fc.constantFrom('resolved', 'ongoing', undefined),
	start: fc.oneof(
		fc.constantFrom(...HARD_INSTANTS),
		fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2025, 11, 1) }),
	),
	timed: fc.array(
		fc.record({
			gap: fc.integer({ min: 5, max: 14 * 60 }),
			zone: fc.constantFrom(...WRITTEN_ZONES),
			approximate: fc.boolean(),
		}),
		{ minLength: 2, maxLength: 6 },
	),
	restored: fc.boolean(),
	days: fc.array(
		fc.record({
			zone: fc.constantFrom(...WRITTEN_ZONES),
			of: fc.nat(),
			shift: fc.integer({ min: -14, max: 14 }),
		}),
		{ maxLength: 2 },
	),
	other: fc.option(fc.record({ of: fc.nat(), shift: fc.integer({ min: -180, max: 30 * 60 }) })),
	quote: fc.option(fc.nat()),
});

/** Stories with entries in several zones, day entries, runs across midnight, DST and a year's end. */
export const storyArbitrary = (slug: string): fc.Arbitrary<GeneratedStory> =>
	raw.map((r) => {
		const start = Math.floor(r.start / MINUTE) * MINUTE;
		let at = start;
		const entries: GeneratedEntry[] = r.timed.map((t, i) => {
			if (i > 0) at += t.gap * MINUTE;
			const last = i === r.timed.length - 1;
			return {
				id: `timed-${i + 1}`,
				instant: at,
				zone: t.zone,
				precision: t.approximate ? 'approximate' : 'exact',
				kind: i === 0 ? 'outage-start' : last && r.restored ? 'restoration' : 'update',
				quote: false,
			};
		});
		const timed = [...entries];
		if (r.other) {
			const entry = timed[r.other.of % timed.length]!;
			entry.otherTime = entry.instant! + r.other.shift * MINUTE;
		}
		if (r.quote !== null) timed[r.quote % timed.length]!.quote = true;
		r.days.forEach((d, i) => {
			const near = timed[d.of % timed.length]!.instant! + d.shift * HOUR;
			entries.push({
				id: `day-${i + 1}`,
				day: calendarDay(new Date(near), d.zone),
				zone: d.zone,
				precision: 'day',
				kind: 'update',
				quote: false,
			});
		});
		return { slug, zone: r.zone, status: r.status, entries };
	});

/** How an editor writes the entry's time: local in its zone where that is unambiguous, else UTC. */
function written(entry: GeneratedEntry, storyZone: string): Record<string, unknown> {
	if (entry.day) return { time: entry.day, zone: entry.zone };
	const instant = entry.instant!;
	if (safeLocal(instant, entry.zone)) {
		const time = formatInTimeZone(new Date(instant), entry.zone, 'yyyy-MM-dd HH:mm');
		return entry.zone === storyZone ? { time } : { time, zone: entry.zone };
	}
	return { time: new Date(instant).toISOString().replace('.000', '') };
}

const both = (what: string) => ({ bn: `পরীক্ষার এন্ট্রি: ${what}`, en: `Test entry: ${what}` });

/** Writes `story` as a story folder (bn.mdx and en.mdx) under `dir`. */
export function writeStory(dir: string, story: GeneratedStory): void {
	const quoted = story.entries.find((e) => e.quote);
	const frontmatter: Record<string, unknown> = {
		title: `পরীক্ষার গল্প ${story.slug}`,
		description: 'পরীক্ষার জন্য তৈরি গল্প, প্রতিবেদন নয়।',
		zone: story.zone,
		...(story.status ? { status: story.status } : {}),
		timeline: story.entries.map((entry) => ({
			id: entry.id,
			...written(entry, story.zone),
			precision: entry.precision,
			kind: entry.kind,
			text: both(entry.id),
			sources: [
				{ name: { bn: 'পরীক্ষার সূত্র', en: 'Test source' }, url: 'https://example.org/test' },
			],
			...(entry.otherTime === undefined
				? {}
				: {
						otherTimes: [
							{
								time: new Date(entry.otherTime).toISOString().replace('.000', ''),
								source: { name: 'Other test source' },
							},
						],
					}),
			...(entry.quote
				? {
						quote: {
							author: 'Test Author',
							platform: 'X',
							lang: 'en',
							text: 'A test post, not a real one.',
							// A verbatim dateline as a US source prints it, in the entry's own zone.
							dateline: formatInTimeZone(new Date(entry.instant!), entry.zone, 'MMMM d, yyyy'),
							translation: { bn: 'পরীক্ষার পোস্ট, আসল নয়।' },
						},
					}
				: {}),
		})),
	};
	const body = (text: string) =>
		`\n${text}\n\n${quoted ? `<PostQuote entry="${quoted.id}" />\n\n` : ''}<Timeline />\n`;
	const folder = join(dir, story.slug);
	mkdirSync(folder, { recursive: true });
	writeFileSync(
		join(folder, 'bn.mdx'),
		`---\n${stringify(frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n${body('পরীক্ষার গল্প, প্রতিবেদন নয়।')}`,
	);
	writeFileSync(
		join(folder, 'en.mdx'),
		`---\n${stringify({ title: `Test story ${story.slug}`, description: 'A story generated for tests, not a report.', translationOf: 'bn' })}---\n${body('A test story, not a report.')}`,
	);
}
