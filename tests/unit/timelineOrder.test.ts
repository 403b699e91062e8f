import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assembleStories } from '../../src/lib/story/assembleStories';
import { editionSchema } from '../../src/lib/story/storySchema';
import { formatDatedClock, formatDayEntry } from '../../src/lib/time/zonedClock';
import { buildStatusSummary } from '../../src/lib/views/buildStatusSummary';
import { buildTimeline } from '../../src/lib/views/buildTimeline';
import { orderForZone } from '../../src/lib/views/timelineOrder';
import { ROOT } from '../support/site';
import { seedStory } from '../support/seed';

/** A story of tests/fixtures/stories/reader-zones, assembled as the site assembles it. */
function readerZonesStory(slug: string) {
	const edition = (lang: 'bn' | 'en') => {
		const file = join(ROOT, 'tests/fixtures/stories/reader-zones', slug, `${lang}.mdx`);
		const text = readFileSync(file, 'utf8');
		return editionSchema.parse(parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? ''));
	};
	return assembleStories([
		{ id: `${slug}/bn`, data: edition('bn') },
		{ id: `${slug}/en`, data: edition('en') },
	])[0]!;
}

const at = (iso: string) => ({ instant: new Date(iso) });

describe('orderForZone: one rule, headings never go back', () => {
	it('groups timed entries by their day in the shown zone, day entries by their own date after that day’s times', () => {
		const places = [
			at('2021-10-04T15:40:00Z'),
			{ day: '2021-10-04' }, // a Pacific day entry
			at('2021-10-04T22:00:00Z'),
			{ day: '2021-10-05' },
		];
		// In Dhaka, 22:00 UTC is already 5 October: it moves to that day, before its day entry.
		expect(orderForZone(places, 'Asia/Dhaka')).toEqual([
			{ index: 0, day: '2021-10-04', opensDay: true },
			{ index: 1, day: '2021-10-04', opensDay: false },
			{ index: 2, day: '2021-10-05', opensDay: true },
			{ index: 3, day: '2021-10-05', opensDay: false },
		]);
		// In Los Angeles both times are on 4 October, and the 4 October day entry follows them.
		expect(orderForZone(places, 'America/Los_Angeles').map((p) => [p.index, p.day])).toEqual([
			[0, '2021-10-04'],
			[2, '2021-10-04'],
			[1, '2021-10-04'],
			[3, '2021-10-05'],
		]);
	});

	it('keeps an entry with no time (a live update’s, before its time is known) after the one before it', () => {
		const places = [at('2024-03-05T18:00:00Z'), {}, at('2024-03-05T15:00:00Z')];
		expect(orderForZone(places, 'UTC').map((p) => [p.index, p.day])).toEqual([
			[2, '2024-03-05'],
			[0, '2024-03-05'],
			[1, '2024-03-05'],
		]);
		expect(orderForZone([{}], 'UTC')).toEqual([{ index: 0, day: '', opensDay: true }]);
	});

	it('keeps the input’s order for entries at the same moment', () => {
		const same = [at('2024-03-05T15:30:00Z'), at('2024-03-05T15:30:00Z')];
		expect(orderForZone(same, 'UTC').map((p) => p.index)).toEqual([0, 1]);
	});
});

describe('dates beside clocks', () => {
	const late = new Date('2024-03-05T15:30:00Z'); // 2:30 a.m. on 6 March in Sydney
	it('gives the date where the day is not the reader’s, the year where that differs too', () => {
		expect(formatDatedClock(late, true, 'bn', 'bn-IN', 'Australia/Sydney', '2024-03-05')).toBe(
			'৬ মার্চ, GMT+১১ রাত আড়াইটা নাগাদ',
		);
		expect(formatDatedClock(late, true, 'en', 'en-IN', 'Australia/Sydney', '2024-03-05')).toBe(
			'6 March, around 2:30 a.m. GMT+11',
		);
		expect(formatDatedClock(late, true, 'en', 'en-IN', 'Asia/Kolkata', '2024-03-05')).toBe(
			'around 9 p.m. IST',
		);
		expect(
			formatDatedClock(new Date('2024-01-01T03:00:00Z'), false, 'en', 'en-IN', 'UTC', '2023-12-31'),
		).toBe('1 January 2024, 03:00 UTC');
	});

	it('names a day entry’s zone where it is not the shown zone', () => {
		const during = 'দিনের কোনও এক সময়';
		expect(
			formatDayEntry('2021-10-04', 'America/Los_Angeles', 'bn', 'bn-IN', 'Asia/Dhaka', during),
		).toBe('৪ অক্টোবর, যুক্তরাষ্ট্রের প্যাসিফিক সময়');
		expect(
			formatDayEntry('2021-10-04', 'America/Los_Angeles', 'en', 'en-IN', 'UTC', 'During the day'),
		).toBe('4 October, PT');
		expect(formatDayEntry('2024-07-19', 'Asia/Dhaka', 'bn', 'bn-IN', 'Asia/Dhaka', during)).toBe(
			during,
		);
	});
});

describe('the reader-zones fixtures, as the build words them', () => {
	const social = readerZonesStory('fixture-social-outage-2021-10-04');

	it('heads each entry with its day in the shown zone, headings never going back', () => {
		const rows = (zone: string) =>
			buildTimeline(social, 'en', zone).items.map((i) => [i.id, i.dateHeading ?? '', i.when]);
		expect(rows('UTC')).toEqual([
			['fixture-down', 'Monday, 4 October 2021', 'around 15:40'],
			['fixture-statement', '', '16:52'],
			['fixture-restored', '', 'around 22:00'],
			['fixture-pacific-day', '', '4 October, PT'],
			['fixture-dhaka-day', 'Tuesday, 5 October 2021', '5 October, Bangladesh time'],
		]);
		expect(rows('Asia/Dhaka').map(([id, heading]) => [id, heading])).toEqual([
			['fixture-down', 'Monday, 4 October 2021'],
			['fixture-statement', ''],
			['fixture-pacific-day', ''],
			['fixture-restored', 'Tuesday, 5 October 2021'],
			['fixture-dhaka-day', ''],
		]);
	});

	it('dates another source’s time against its entry’s heading', () => {
		const restored = buildTimeline(social, 'bn', 'Asia/Dhaka').items.find(
			(i) => i.id === 'fixture-restored',
		)!;
		// 21:50 UTC is 3:50 a.m. on 5 October in Dhaka, the day of the entry's heading: no date.
		expect(restored.otherTimes[0]?.local).toBe('বাংলাদেশ সময় রাত ৩টা ৫০ মিনিট');
	});

	it('dates a summary time on another day than the dateline’s', () => {
		const summary = buildStatusSummary(social, 'bn');
		// The dateline gives 4 October (Dhaka); the restoration is at 4 a.m. on 5 October there.
		expect(summary.start?.local ?? summary.spans[0]?.start.local).toBe(
			'বাংলাদেশ সময় রাত ৯টা ৪০ মিনিট নাগাদ',
		);
		expect(summary.spans[0]?.end.local).toBe('৫ অক্টোবর, বাংলাদেশ সময় ভোর ৪টা নাগাদ');
	});
});

describe('the Meta story', () => {
	it('keeps its instants and its order (the resolved order) in India time', () => {
		const story = seedStory();
		const items = buildTimeline(story, 'en', story.zone).items;
		expect(items.map((i) => i.id)).toEqual(story.timeline.map((e) => e.id));
		expect(items.map((i) => i.datetime)).toEqual([
			'2024-03-05T15:00:00.000Z',
			'2024-03-05T15:17:00.000Z',
			'2024-03-05T15:30:00.000Z',
			'2024-03-05T15:52:00.000Z',
			'2024-03-05T16:30:00.000Z',
			'2024-03-05T17:07:00.000Z',
			'2024-03-05T17:19:00.000Z',
		]);
	});
});
