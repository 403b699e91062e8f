import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/lib/views/buildTimeline';
import { outageSpan } from '../../src/lib/story/outageSpan';
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

	it('computes the outage’s duration from its start and restoration entries, as a range where sources differ', () => {
		const span = outageSpan(story.timeline);
		expect(span?.minMs).toBe(60 * 60_000); // the report: around 9 to around 10 p.m. IST
		expect(span?.maxMs).toBe(127 * 60_000); // 15:00 UTC to the status page's 17:07 UTC
		expect(buildTimeline(story.timeline, 'en', story.zone).duration?.text).toBe(
			'between about 1 hour and 2 hours',
		);
		expect(buildTimeline(story.timeline, 'bn', story.zone).duration?.text).toBe(
			'প্রায় ১ ঘণ্টা থেকে ২ ঘণ্টা',
		);
	});

	it('has no duration while no restoration is reported', () => {
		const ongoing = story.timeline.filter((e) => e.kind !== 'restoration');
		expect(outageSpan(ongoing)).toBeUndefined();
		expect(buildTimeline(ongoing, 'en', story.zone).duration).toBeUndefined();
	});

	it('gives every entry its text in both languages and its instant for <time datetime>', () => {
		const bn = buildTimeline(story.timeline, 'bn', story.zone);
		const en = buildTimeline(story.timeline, 'en', story.zone);
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
		const view = buildTimeline(story.timeline, 'en', story.zone);
		expect(view.items.filter((i) => i.dateHeading).map((i) => i.dateHeading)).toEqual([
			'Tuesday, 5 March 2024',
		]);
	});
});

describe('a worded timeline', () => {
	it('is worded once per timeline, language and zone, and shared read-only', () => {
		const en = buildTimeline(story.timeline, 'en', 'Asia/Kolkata');
		expect(buildTimeline(story.timeline, 'en', 'Asia/Kolkata')).toBe(en);
		expect(buildTimeline(story.timeline, 'bn', 'Asia/Kolkata')).not.toBe(en);
		expect(buildTimeline(story.timeline, 'en', 'Asia/Dhaka').items[0]!.local).not.toBe(
			en.items[0]!.local,
		);
		// A caller that changed the shared view would change every other page's: it cannot.
		expect(() => {
			(en.items[0] as { text: string }).text = 'changed';
		}).toThrow(TypeError);
		expect(en.items[0]!.text).not.toBe('changed');
	});
});
