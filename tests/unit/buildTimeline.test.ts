import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/lib/views/buildTimeline';
import { outageSpan } from '../../src/lib/story/outageSpan';
import { metaStory } from '../fixtures/metaTimeline';
import { seedStory } from '../support/seed';

const story = seedStory();

describe('the seed story’s timeline', () => {
	it('is in chronological order, whatever order the editor wrote it in', () => {
		const instants = story.timeline.map((e) => e.instant.getTime());
		expect(instants).toEqual([...instants].sort((a, b) => a - b));
		expect(story.timeline.map((e) => e.id)).toEqual([
			'outage-begins',
			'status-major-disruptions',
			'india-logout',
			'stone-first-statement',
			'india-restored',
			'status-restoring',
			'stone-resolved',
		]);
	});

	it('holds the report’s logout and restoration in India time, and both of Andy Stone’s statements', () => {
		const byId = Object.fromEntries(story.timeline.map((e) => [e.id, e]));
		expect(byId['india-logout']?.instant.toISOString()).toBe('2024-03-05T15:30:00.000Z');
		expect(byId['india-logout']?.precision).toBe('approximate');
		expect(byId['india-restored']?.instant.toISOString()).toBe('2024-03-05T16:30:00.000Z');
		expect(byId['stone-first-statement']?.quote?.text).toBe(
			"We're aware people are having trouble accessing our services. We are working on this now.",
		);
		expect(byId['stone-resolved']?.instant.toISOString()).toBe('2024-03-05T17:19:00.000Z');
		expect(byId['stone-resolved']?.alternatives[0]?.instant.toISOString()).toBe(
			'2024-03-05T17:35:00.000Z',
		);
	});

	it('shows the story’s headline span, computed from exactly the entries that bound it', () => {
		const [india, worldwide] = story.spans;
		expect([india?.start.id, india?.end.id]).toEqual(['india-logout', 'india-restored']);
		expect(india?.minMs).toBe(60 * 60_000); // the report: around 9 to around 10 p.m. IST
		expect(buildTimeline(story, 'en', story.zone).duration).toMatchObject({
			label: 'In India',
			text: 'about 1 hour',
			start: { local: 'around 9 p.m. IST' },
			end: { local: 'around 10 p.m. IST' },
		});
		expect(buildTimeline(story, 'bn', story.zone).duration?.text).toBe('প্রায় ১ ঘণ্টা');
		// Worldwide: ~15:00 UTC to Meta's 17:19 UTC, or 17:35 UTC per Wikipedia: a range.
		expect([worldwide?.minMs, worldwide?.maxMs]).toEqual([139 * 60_000, 155 * 60_000]);
	});

	it('falls back to the first outage start and the last restoration when the story names no span', () => {
		const span = outageSpan(story.timeline);
		expect(span?.minMs).toBe(60 * 60_000);
		// The status page's "being restored" (17:07 UTC) is recovering, not a restoration.
		expect(span?.end.id).toBe('india-restored');
		expect(span?.maxMs).toBe(90 * 60_000); // 15:00 UTC to the report's 16:30 UTC
	});

	it('has no duration while no span is known', () => {
		const ongoing = story.timeline.filter((e) => e.kind !== 'restoration');
		expect(outageSpan(ongoing)).toBeUndefined();
		expect(
			buildTimeline({ timeline: ongoing, spans: [], status: 'ongoing' }, 'en', story.zone).duration,
		).toBeUndefined();
	});

	it('gives every entry its text in both languages and its instant for <time datetime>', () => {
		const bn = buildTimeline(story, 'bn', story.zone);
		const en = buildTimeline(story, 'en', story.zone);
		expect(bn.items.map((i) => i.datetime)).toEqual(en.items.map((i) => i.datetime));
		for (const [b, e] of bn.items.map((item, i) => [item, en.items[i]!] as const)) {
			expect(b.text.length).toBeGreaterThan(0);
			expect(e.text.length).toBeGreaterThan(0);
			expect(b.text).not.toBe(e.text);
			expect(b.datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
		}
		expect(en.items.find((i) => i.id === 'india-logout')).toMatchObject({
			local: 'around 9 p.m. IST',
			utc: 'around 15:30 UTC',
		});
		expect(bn.items.find((i) => i.id === 'india-logout')).toMatchObject({
			local: 'ভারতীয় সময় রাত ৯টা নাগাদ',
			utc: 'UTC ১৫:৩০ নাগাদ',
		});
	});

	it('starts each calendar day with a date heading, in the story’s zone', () => {
		const view = buildTimeline(story, 'en', story.zone);
		expect(view.items.filter((i) => i.dateHeading).map((i) => i.dateHeading)).toEqual([
			'Tuesday, 5 March 2024',
		]);
	});
});

describe('a worded timeline', () => {
	it('words the same instants in every zone; only the wording changes', () => {
		const en = buildTimeline(story, 'en', 'Asia/Kolkata');
		const dhaka = buildTimeline(story, 'en', 'Asia/Dhaka');
		expect(dhaka.items.map((i) => i.datetime)).toEqual(en.items.map((i) => i.datetime));
		expect(dhaka.items[0]!.local).not.toBe(en.items[0]!.local);
	});

	it('gives another source’s time with the zone that source gave: Wikipedia’s 17:35 is UTC', () => {
		const resolved = story.timeline.find((e) => e.id === 'stone-resolved')!;
		expect(resolved.alternatives[0]).toMatchObject({ zone: 'UTC', precision: 'exact' });
		const item = buildTimeline(story, 'en', story.zone).items.find(
			(i) => i.id === 'stone-resolved',
		);
		expect(item?.otherTimes[0]).toMatchObject({
			datetime: '2024-03-05T17:35:00.000Z',
			local: '11:05 p.m. IST',
			utc: '17:35 UTC',
			source: { name: 'Wikipedia' },
		});
	});
});

describe('a day-precision entry', () => {
	const story = metaStory({
		zone: 'Asia/Dhaka',
		timeline: [
			{
				id: 'later-report',
				time: '2024-07-19',
				precision: 'day',
				kind: 'update',
				text: { bn: 'ক', en: 'a' },
				sources: [{ name: 'fixture' }],
			},
			{
				id: 'evening',
				time: '2024-07-19 20:00',
				precision: 'exact',
				kind: 'update',
				text: { bn: 'খ', en: 'b' },
				sources: [{ name: 'fixture' }],
			},
		],
	});

	it('comes after the timed entries of its day, and its date is printed once, in the heading', () => {
		const view = buildTimeline(story, 'en', story.zone);
		expect(view.items.map((i) => [i.id, i.dateHeading, i.when, i.datetime])).toEqual([
			['evening', 'Friday, 19 July 2024', '8 p.m.', '2024-07-19T14:00:00.000Z'],
			['later-report', undefined, 'During the day', '2024-07-19'],
		]);
		// Feeds and JSON-LD still name the day.
		expect(view.items[1]!.local).toBe('Friday, 19 July 2024');
		expect(buildTimeline(story, 'bn', story.zone).items[1]!.when).toBe('দিনের কোনও এক সময়');
	});
});

describe('another source’s time on another day', () => {
	it('is shown with its date, so days apart never read as minutes apart', () => {
		const base = metaStory();
		const entry = base.timeline.find((e) => e.id === 'stone-resolved')!;
		const [alt] = entry.alternatives;
		const laterAlt = { ...alt!, instant: new Date('2024-03-09T17:35:00Z') };
		const later = {
			...base,
			timeline: base.timeline.map((e) =>
				e.id === 'stone-resolved' ? { ...e, alternatives: [laterAlt] } : e,
			),
		};
		const shown = (s: typeof base, lang: 'bn' | 'en') =>
			buildTimeline(s, lang, 'Asia/Kolkata').items.find((i) => i.id === 'stone-resolved')!
				.otherTimes[0]!;
		// The same day (17:35 UTC is 11:05 p.m. IST on 5 March): the time alone.
		expect(shown(base, 'en').local).toBe('11:05 p.m. IST');
		expect(shown(later, 'en').local).toBe('9 March, 11:05 p.m. IST');
		expect(shown(later, 'bn').local).toBe('৯ মার্চ, ভারতীয় সময় রাত ১১টা ৫ মিনিট');
	});
});
