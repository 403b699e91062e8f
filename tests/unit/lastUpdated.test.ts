import { describe, expect, it } from 'vitest';
import { lastUpdated } from '../../src/lib/story/lastUpdated';
import { resolveTimeline } from '../../src/lib/story/resolveTimeline';
import { entrySchema } from '../../src/lib/story/storySchema';

const entry = (id: string, time: string, extra: Record<string, unknown> = {}) =>
	entrySchema.parse({
		id,
		time,
		precision: 'exact',
		kind: 'update',
		text: { bn: 'ক', en: 'a' },
		sources: [{ name: 'fixture' }],
		...extra,
	});

describe('lastUpdated', () => {
	const zone = 'Asia/Kolkata';

	it('without any update time, is the latest entry, and says so', () => {
		const timeline = resolveTimeline(
			[entry('b', '2024-03-05 22:49'), entry('a', '2024-03-05 21:00')],
			zone,
		);
		expect(lastUpdated(timeline, zone)).toEqual({
			instant: new Date('2024-03-05T17:19:00Z'),
			basis: 'latest-entry',
		});
	});

	it('takes the latest update time an editor wrote, in the story’s zone', () => {
		const timeline = resolveTimeline(
			[
				entry('a', '2024-03-05 21:00', { updated: '2024-03-05 23:10' }),
				entry('b', '2024-03-05 22:49'),
			],
			zone,
		);
		expect(lastUpdated(timeline, zone, '2024-03-05 23:00')).toEqual({
			instant: new Date('2024-03-05T17:40:00Z'),
			basis: 'updated',
		});
		expect(lastUpdated(timeline, zone, '2024-03-06 09:00')?.instant).toEqual(
			new Date('2024-03-06T03:30:00Z'),
		);
	});

	it('is unknown for a timeline of dates only', () => {
		const timeline = resolveTimeline([entry('a', '2024-03-05', { precision: 'day' })], zone);
		expect(lastUpdated(timeline, zone)).toBeUndefined();
	});
});
