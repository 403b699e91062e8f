import { describe, expect, it } from 'vitest';
import { resolveStory } from '../../src/lib/story/resolveStory';
import { editionSchema } from '../../src/lib/story/storySchema';
import { META_ENTRIES } from '../fixtures/metaTimeline';

const entry = (id: string, time: string, fields: Record<string, unknown> = {}) => ({
	id,
	time,
	precision: 'exact',
	kind: 'update',
	text: { bn: 'ক', en: 'a' },
	sources: [{ name: 'The report' }],
	...fields,
});
const original = {
	title: 'T',
	description: 'D',
	zone: 'Asia/Kolkata',
	timeline: [
		entry('logout', '2024-03-05 21:00', { kind: 'outage-start' }),
		entry('restored', '2024-03-05 22:00', { kind: 'restoration' }),
	],
};

const messages = (data: unknown) => {
	const result = editionSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('story fields: status, published, updated, byline, spans', () => {
	it('accepts them, and resolves the times in the story’s zone', () => {
		const story = resolveStory(
			editionSchema.parse({
				...original,
				status: 'resolved',
				published: '2024-03-05 23:00',
				updated: '2024-03-06T01:00:00+05:30',
				byline: 'Staff reporter',
				spans: [{ label: { bn: 'ভারতে', en: 'In India' }, start: 'logout', end: 'restored' }],
			}),
		);
		expect(story.status).toBe('resolved');
		expect(story.published?.toISOString()).toBe('2024-03-05T17:30:00.000Z');
		expect(story.updated?.toISOString()).toBe('2024-03-05T19:30:00.000Z');
		expect(story.byline).toEqual({ bn: 'Staff reporter', en: 'Staff reporter' });
		expect(story.spans.map((s) => [s.label?.en, s.start.id, s.end.id, s.minMs])).toEqual([
			['In India', 'logout', 'restored', 3_600_000],
		]);
	});

	it('never invents them: without published, updated or byline the story has none', () => {
		const story = resolveStory(editionSchema.parse(original));
		expect([story.published, story.updated, story.byline]).toEqual([
			undefined,
			undefined,
			undefined,
		]);
	});

	it('takes the story’s status from the editor only: without one it is unstated, never inferred', () => {
		const closed = { ...original, timeline: [original.timeline[0]!] };
		expect(resolveStory(editionSchema.parse(closed))).toMatchObject({
			status: 'unstated',
			statusGiven: false,
			restorationReported: false,
		});
		expect(resolveStory(editionSchema.parse({ ...closed, status: 'resolved' }))).toMatchObject({
			status: 'resolved',
			statusGiven: true,
			spans: [],
		});
		// A restoration entry is reported as such; it does not make the story `resolved`.
		expect(resolveStory(editionSchema.parse(original))).toMatchObject({
			status: 'unstated',
			restorationReported: true,
		});
	});

	it('refuses a status that is not one, naming the allowed words', () => {
		expect(messages({ ...original, status: 'over' })).toEqual([
			'status: status "over" is not allowed; use one of "ongoing", "resolved", e.g. status: resolved',
		]);
	});

	it('refuses a span naming an entry that does not exist, or ending before it starts', () => {
		expect(
			messages({
				...original,
				spans: [
					{ label: { bn: 'ক', en: 'a' }, start: 'logout', end: 'restord' },
					{ label: { bn: 'খ', en: 'b' }, start: 'restored', end: 'logout' },
				],
			}),
		).toEqual([
			'spans.0.end: no timeline entry has the id "restord"; a span\'s end names an entry of this story\'s timeline: one of "logout", "restored"',
			'spans.1.end: this span ends (entry "logout", 2024-03-05 21:00) before or when it starts (entry "restored", 2024-03-05 22:00); name the entry that ends it as end: and the one that begins it as start:',
		]);
	});

	it('refuses a published time that cannot be placed, like any other time', () => {
		expect(messages({ ...original, published: '2024-03-05' })).toEqual([
			'published: "2024-03-05" has a date but no time of day; add the time ("2024-03-05 21:00") or set precision: day',
		]);
	});

	it('keeps them out of a translation', () => {
		expect(
			messages({ title: 'T', description: 'D', translationOf: 'bn', status: 'resolved' }),
		).toEqual([
			'status: a translation does not repeat the status; it lives once, in the original (bn) edition',
		]);
	});
});

describe('resolving the timeline once', () => {
	it('gives a time written with Z the zone UTC, as its source gave it', () => {
		const story = resolveStory(editionSchema.parse({ ...original, timeline: META_ENTRIES }));
		const resolved = story.timeline.find((e) => e.id === 'stone-resolved')!;
		expect([resolved.zone, resolved.alternatives[0]?.zone]).toEqual(['America/New_York', 'UTC']);
		expect(resolved.localDate).toBe('2024-03-05');
	});

	it('sorts a day-precision entry after the timed entries of its day, not at its midnight', () => {
		const story = resolveStory(
			editionSchema.parse({
				...original,
				timeline: [
					entry('next-morning', '2024-03-06 08:00'),
					entry('that-day', '2024-03-05', { precision: 'day' }),
					...original.timeline,
				],
			}),
		);
		expect(story.timeline.map((e) => e.id)).toEqual([
			'logout',
			'restored',
			'that-day',
			'next-morning',
		]);
		expect(story.timeline[2]).toMatchObject({ localDate: '2024-03-05', precision: 'day' });
	});

	it('counts recovering (“being restored”) as neither a restoration nor the end of a span', () => {
		const story = resolveStory(
			editionSchema.parse({
				...original,
				timeline: [
					original.timeline[0]!,
					entry('restoring', '2024-03-05 21:40', { kind: 'recovering' }),
				],
			}),
		);
		expect([story.status, story.restorationReported]).toEqual(['unstated', false]);
		expect(story.spans).toEqual([]);
	});
});
