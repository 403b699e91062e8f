import { describe, expect, it } from 'vitest';
import { socialCardLines } from '../../src/lib/outputs/socialCardLines';
import { seedStory } from '../support/seed';

describe('socialCardLines and the editor’s status', () => {
	it('gives the editor’s word, coloured: the Meta story is resolved', () => {
		expect(socialCardLines(seedStory(), 'bn')).toMatchObject({
			statusLine: 'সমস্যা মিটেছে',
			status: 'resolved',
		});
	});

	it('without a status, says what is known under a neutral mark, never “ongoing”', () => {
		// The Meta story with its status and restorations taken away: test data.
		const story = {
			...seedStory(),
			status: 'unstated' as const,
			restorationReported: false,
			spans: [],
			timeline: seedStory().timeline.filter((e) => e.kind !== 'restoration'),
		};
		const bn = socialCardLines(story, 'bn');
		expect(bn.status).toBeUndefined();
		expect(bn.statusLine).toBe('পরিষেবা ফেরার খবর মেলেনি');
		expect(bn.spanLine).not.toMatch(/এখনও ফেরেনি|চলছে/);
		const en = socialCardLines({ ...story, restorationReported: true }, 'en');
		expect([en.statusLine, en.status]).toEqual(['A restoration has been reported', undefined]);
	});
});
