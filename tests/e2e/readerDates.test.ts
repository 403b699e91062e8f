import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales, type Lang } from '../../src/i18n/locales';
import { zoneForChoice, parseZoneChoice } from '../../src/lib/time/zoneChoice';
import { sameZone } from '../../src/lib/time/zoneLabel';
import { calendarDay, formatCalendarDate, formatClockTime } from '../../src/lib/time/zonedClock';
import { formatNewsDate } from '../../src/lib/views/datelineView';
import { launchBrowser } from '../support/browser';
import { buildSite } from '../support/buildSite';
import { storyArbitrary, writeStory } from '../support/generatedStories';
import { serveStatic, type StaticServer } from '../support/server';
import { ROOT } from '../support/site';

/**
 * Issue 21: every date and clock a reader sees is its instant's in the zone the page shows, and
 * date headings never go back, for stories of many shapes and readers anywhere. Generated stories
 * (fast-check: entries in several zones, day entries, DST changes, a year's end) and the
 * reader-zones fixtures are built once into a site of their own, then read in real Chromium with
 * the device in each zone below, in both editions: on first paint and after each zone change.
 *
 * The seed is printed; `DATES_SEED=<n>` replays a run, `DATES_STORIES=<n>` sets how many stories.
 */

const FIXTURES = join(ROOT, 'tests/fixtures/stories/reader-zones');
/** Device zones: the ends of the offsets (UTC−11, UTC+14), quarter and half hours, DST both sides. */
const READER_ZONES = [
	'Pacific/Pago_Pago',
	'Etc/GMT+11',
	'America/Los_Angeles',
	'America/St_Johns',
	'UTC',
	'Europe/London',
	'Asia/Kolkata',
	'Asia/Kathmandu',
	'Asia/Dhaka',
	'Australia/Sydney',
	'Pacific/Chatham',
	'Pacific/Kiritimati',
	'Etc/GMT-14',
];
const SEED = Number(process.env['DATES_SEED'] ?? Date.now() % 1_000_000);
const GENERATED = Number(process.env['DATES_STORIES'] ?? 6);

let server: StaticServer;
let stories: string[] = [];
let storiesDir = '';
let site = '';

beforeAll(async () => {
	mkdirSync(join(ROOT, 'test-results'), { recursive: true });
	storiesDir = mkdtempSync(join(ROOT, 'test-results', 'reader-dates-stories-'));
	cpSync(FIXTURES, storiesDir, { recursive: true });
	const generated = Array.from(
		{ length: GENERATED },
		(_, i) => fc.sample(storyArbitrary(`generated-${i + 1}`), { numRuns: 1, seed: SEED + i })[0]!,
	);
	for (const story of generated) writeStory(storiesDir, story);
	console.log(`reader dates: seed ${SEED}, ${GENERATED} generated stories`);
	const before = process.env['FONT_SUBSET'];
	process.env['FONT_SUBSET'] = '0';
	try {
		site = await buildSite('reader-dates', { stories: storiesDir }).catch((error: unknown) => {
			throw new Error(
				`reader dates (seed ${SEED}, replay with DATES_SEED=${SEED}): the build failed`,
				{
					cause: error,
				},
			);
		});
	} finally {
		if (before === undefined) delete process.env['FONT_SUBSET'];
		else process.env['FONT_SUBSET'] = before;
	}
	stories = readdirSync(storiesDir, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name);
	server = await serveStatic(site);
}, 900_000);

afterAll(async () => {
	await server?.close();
	rmSync(storiesDir, { recursive: true, force: true });
	if (site) rmSync(site, { recursive: true, force: true });
});

/** What the page shows, read from the DOM. */
interface Shown {
	choice: string;
	storyZone: string;
	entries: {
		id: string;
		heading: string;
		/** The entry carries a heading of its own: it opens a day. */
		opens: boolean;
		datetime: string;
		zoned: boolean;
		precision: string;
		when: string;
	}[];
	/** Every other zoned time: its instant, precision, its words and where it is. */
	times: {
		/** Inside a timeline entry: the entry's time (`day:` a day entry's date), whose heading gives the day. */
		entry?: string | undefined;
		datetime: string;
		precision: string;
		text: string;
		where: string;
	}[];
	event?: { text: string } | undefined;
	/** Latin month names or a.m./p.m. outside English passages (Bengali page). */
	latin: string[];
}

const read = (page: Page): Promise<Shown> =>
	page.evaluate(() => {
		const select = document.querySelector<HTMLSelectElement>('.zone-switcher select');
		let heading = '';
		const entries = [...document.querySelectorAll<HTMLElement>('ol.entries > li')].map((li) => {
			const own = li.querySelector(':scope > .date')?.textContent?.trim();
			heading = own ?? heading;
			const time = li.querySelector<HTMLTimeElement>('.when time');
			// The build before issue 21 marked a day entry's time with no data-zoned at all.
			const precision = time?.dataset['zoned'] ?? 'day';
			return {
				id: li.id,
				heading,
				opens: own !== undefined,
				datetime: time?.dateTime ?? '',
				zoned: precision === 'exact' || precision === 'approximate',
				precision,
				when: time?.textContent?.trim() ?? '',
			};
		});
		const times = [...document.querySelectorAll<HTMLTimeElement>('time[data-zoned]')]
			.filter((t) => !t.closest('.when') && /^(exact|approximate)$/.test(t.dataset['zoned'] ?? ''))
			.map((t) => {
				// A date written just before the time (`6 March, <time>`) belongs to it.
				const before =
					t.previousSibling?.nodeType === 3 ? (t.previousSibling.textContent ?? '') : '';
				const caption = t.closest('figcaption');
				const entry = t.closest('li.entry')?.querySelector<HTMLTimeElement>('.when time');
				return {
					entry: !entry
						? undefined
						: entry.dataset['zoned'] === 'day' || entry.dataset['zoned'] === undefined
							? `day:${entry.dateTime}`
							: entry.dateTime,
					datetime: t.dateTime,
					precision: t.dataset['zoned'] ?? '',
					text: (caption ? (caption.textContent ?? '') : `${before}${t.textContent ?? ''}`)
						.replace(/\s+/g, ' ')
						.trim(),
					where: t.closest('figcaption')
						? 'quote caption'
						: t.closest('.status-summary')
							? 'summary'
							: t.closest('.other-time')
								? 'other time'
								: 'timeline note',
				};
			});
		const event = document.querySelector('.stamp-event time')?.textContent?.trim();
		const latin: string[] = [];
		if (document.documentElement.lang === 'bn') {
			const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, 4);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				if (n.parentElement?.closest('[lang="en"], script, style, [hidden]')) continue;
				const m =
					/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b|\b[ap]\.m\./.exec(
						n.textContent ?? '',
					);
				if (m) latin.push(`${m[0]} in “${(n.textContent ?? '').trim().slice(0, 60)}”`);
			}
		}
		return {
			choice: select?.value ?? 'story',
			storyZone:
				document.querySelector<HTMLElement>('.zone-switcher')?.dataset['storyZone'] ?? 'UTC',
			entries,
			times,
			event: event === undefined ? undefined : { text: event },
			latin,
		};
	});

/** A date-only `YYYY-MM-DD` as an instant that is that day in UTC. */
const dayInstant = (day: string) => new Date(`${day}T12:00:00Z`);
const dayMonth = (instant: Date, lang: Lang, zone: string) =>
	new Intl.DateTimeFormat(locales[lang].intl, {
		timeZone: zone,
		day: 'numeric',
		month: 'long',
		numberingSystem: lang === 'bn' ? 'beng' : 'latn',
	}).format(instant);
const MONTHS: Record<Lang, string[]> = {
	bn: Array.from({ length: 12 }, (_, m) =>
		new Intl.DateTimeFormat('bn-IN', { month: 'long', timeZone: 'UTC' }).format(
			Date.UTC(2024, m, 15),
		),
	),
	en: Array.from({ length: 12 }, (_, m) =>
		new Intl.DateTimeFormat('en-IN', { month: 'long', timeZone: 'UTC' }).format(
			Date.UTC(2024, m, 15),
		),
	),
};

/** Every way `shown` disagrees with the instants in `zone`, as readable lines. */
function problems(shown: Shown, lang: Lang, zone: string): string[] {
	const out: string[] = [];
	const intl = locales[lang].intl;
	// Headings: each is its entries' day in the shown zone; days never go back.
	const days: string[] = [];
	for (const entry of shown.entries) {
		const day = entry.zoned
			? calendarDay(new Date(entry.datetime), zone)
			: entry.datetime.slice(0, 10);
		const expected = formatCalendarDate(dayInstant(day), lang, intl, 'UTC');
		if (entry.heading !== expected) {
			out.push(`${entry.id}: under “${entry.heading}”, but it is ${expected} in ${zone}`);
		}
		if (entry.opens) days.push(day);
		if (entry.zoned) {
			const clock = formatClockTime(
				new Date(entry.datetime),
				entry.precision === 'approximate',
				lang,
				zone,
				false,
			);
			if (entry.when !== clock)
				out.push(`${entry.id}: shows “${entry.when}”, ${zone} says “${clock}”`);
		}
	}
	for (let i = 1; i < days.length; i += 1) {
		if (days[i]! <= days[i - 1]!) out.push(`headings go back: ${days.join(' → ')}`);
	}
	// The dateline's event date: the first timed entry's day in the shown zone.
	const firstTimed = shown.entries
		.filter((e) => e.zoned)
		.map((e) => new Date(e.datetime))
		.sort((a, b) => a.getTime() - b.getTime())[0];
	if (firstTimed && shown.event) {
		const expected = formatNewsDate(firstTimed, lang, zone);
		if (shown.event.text !== expected) {
			out.push(`dateline says “${shown.event.text}”, the outage began on ${expected} in ${zone}`);
		}
	}
	const eventDay = firstTimed && calendarDay(firstTimed, zone);
	// Every other time: its clock in the shown zone, and its date where that is not the day the
	// reader already has: the entry's heading inside the timeline, else the dateline's; a quote's
	// caption always.
	for (const time of shown.times) {
		const instant = new Date(time.datetime);
		const approximate = time.precision === 'approximate';
		// In the summary, the story's own clock may follow in brackets: checked apart.
		const [text = '', storyClock] =
			time.where === 'summary' ? time.text.split(' (') : [time.text, undefined];
		const clock = formatClockTime(instant, approximate, lang, zone);
		if (!text.includes(clock)) out.push(`${time.where}: “${time.text}” lacks “${clock}”`);
		const date = dayMonth(instant, lang, zone);
		const named = MONTHS[lang].some((m) => text.includes(m));
		if (named && !text.includes(date)) {
			out.push(`${time.where}: “${time.text}” names another date than ${date} (${zone})`);
		}
		const known = time.entry
			? time.entry.startsWith('day:')
				? time.entry.slice(4)
				: calendarDay(new Date(time.entry), zone)
			: time.where === 'quote caption'
				? undefined
				: eventDay;
		if (!named && calendarDay(instant, zone) !== known) {
			out.push(
				`${time.where}: “${time.text}” is on ${date} in ${zone}, not the day the reader has, and says no date`,
			);
		}
		if (time.where === 'summary' && !sameZone(zone, shown.storyZone)) {
			const story = formatClockTime(instant, approximate, lang, shown.storyZone);
			if (!storyClock?.includes(story)) {
				out.push(`summary: “${time.text}” does not give the story's clock “${story}”`);
			}
		}
	}
	for (const latin of shown.latin) out.push(`Latin date on the Bengali page: ${latin}`);
	return out;
}

describe('every date a reader sees is the instant’s in the shown zone', () => {
	it(`in ${READER_ZONES.length} device zones, both editions, on first paint and after each zone change`, async () => {
		const failures: string[] = [];
		let checks = 0;
		for (const device of READER_ZONES) {
			const browser = await launchBrowser({
				timezoneId: device,
				viewport: { width: 360, height: 740 },
			});
			try {
				const page = await browser.newPage();
				// Each page starts on the device's zone, not a choice kept from the last page.
				await page.addInitScript(() => localStorage.clear());
				for (const slug of stories) {
					for (const lang of ['bn', 'en'] as const) {
						await page.goto(`${server.url}${lang}/${slug}/`);
						await page.waitForSelector('.zone-switcher[data-ready]');
						const select = page.locator('.zone-switcher select');
						const values = await select.evaluate((s) =>
							[...(s as HTMLSelectElement).options].map((o) => o.value),
						);
						// First paint, then the story's zone and one more (bounded: 3 views a page).
						const more = values.filter((v) => v !== 'story' && v !== 'local');
						const switches = [undefined, 'story', more[READER_ZONES.indexOf(device) % more.length]];
						for (const value of switches) {
							if (value) await select.selectOption(value);
							const shown = await read(page);
							const zone = zoneForChoice(parseZoneChoice(shown.choice), shown.storyZone, device);
							checks += 1;
							for (const p of problems(shown, lang, zone)) {
								failures.push(`${lang}/${slug} (device ${device}, showing ${zone}): ${p}`);
							}
						}
					}
				}
			} finally {
				await browser.close();
			}
		}
		const pages = new Set(failures.map((f) => f.split(':')[0]));
		console.log(
			`reader dates: ${stories.length} stories × ${READER_ZONES.length} device zones × 2 editions, ${checks} views checked; ${failures.length} problems in ${pages.size} views`,
		);
		expect(failures.slice(0, 40)).toEqual([]);
	}, 1_200_000);
});
