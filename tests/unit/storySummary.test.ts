import { describe, expect, it } from 'vitest';
import { storySummary } from '../../src/lib/views/storySummary';
import { metaStory } from '../fixtures/metaTimeline';

describe('storySummary', () => {
	it('gives the outage’s first day in the story’s zone and its duration, per language', () => {
		expect(storySummary(metaStory(), 'en')).toEqual({
			date: { datetime: '2024-03-05', text: 'Tuesday, 5 March 2024' },
			duration: { datetime: 'PT1H', text: 'about 1 hour' },
			noEnd: undefined,
			// The fixture gives no `status:`: nothing infers one from its restoration entry.
			status: 'unstated',
		});
		expect(storySummary(metaStory(), 'bn').duration?.text).toBe('প্রায় ১ ঘণ্টা');
	});

	it('says the outage is not over when the story is ongoing', () => {
		const story = { ...metaStory(), spans: [], status: 'ongoing' as const };
		expect(storySummary(story, 'en').duration).toBeUndefined();
		expect(storySummary(story, 'en').noEnd).toBe('No restoration has been reported yet.');
	});

	it('without the editor’s word or a restoration, says none has been reported (no “yet”, no badge)', () => {
		const story = { ...metaStory(), spans: [], restorationReported: false };
		expect(storySummary(story, 'bn')).toMatchObject({
			status: 'unstated',
			noEnd: 'পরিষেবা ফেরার খবর মেলেনি',
		});
		expect(storySummary(story, 'en').noEnd).toBe('No restoration has been reported');
	});

	it('never says “not restored yet” of a resolved story with no restoration time', () => {
		const story = { ...metaStory(), spans: [], status: 'resolved' as const };
		expect(storySummary(story, 'en').noEnd).toBe(
			'The outage is over; no restoration time was reported.',
		);
		expect(storySummary(story, 'bn').noEnd).toBe('বিভ্রাট মিটেছে; পরিষেবা ফেরার সময় জানানো হয়নি।');
	});
});
