import { describe, expect, it } from 'vitest';
import { storySummary } from '../../src/lib/views/storySummary';
import { metaTimeline } from '../fixtures/metaTimeline';

describe('storySummary', () => {
	it('gives the outage’s first day in the story’s zone and its duration, per language', () => {
		expect(storySummary(metaTimeline(), 'en', 'Asia/Kolkata')).toEqual({
			date: { datetime: '2024-03-05', text: 'Tuesday, 5 March 2024' },
			duration: { datetime: 'PT1H', text: 'about 1 hour' },
		});
		expect(storySummary(metaTimeline(), 'bn', 'Asia/Kolkata').duration?.text).toBe('প্রায় ১ ঘণ্টা');
	});

	it('has no duration while no restoration is known', () => {
		const ongoing = metaTimeline().filter((e) => e.kind !== 'restoration');
		expect(storySummary(ongoing, 'en', 'Asia/Kolkata').duration).toBeUndefined();
	});
});
