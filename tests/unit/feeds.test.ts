import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/lib/views/buildTimeline';
import { escapeHtml, storyFeedItems, timelineFeedItems } from '../../src/lib/outputs/feeds';
import { metaStory } from '../fixtures/metaTimeline';

describe('timelineFeedItems', () => {
	const items = timelineFeedItems(
		buildTimeline(metaStory(), 'bn', 'Asia/Kolkata'),
		'https://example.org/bn/meta/',
		{ sources: 'সূত্র', correction: 'সংশোধন', otherTime: 'অন্য সূত্রে সময়' },
	);

	it('lists every entry newest first, linking to its anchor and dated with its instant', () => {
		expect(items.map((i) => [i.link, i.pubDate?.toISOString()])).toEqual([
			['https://example.org/bn/meta/#stone-resolved', '2024-03-05T17:19:00.000Z'],
			['https://example.org/bn/meta/#india-restored', '2024-03-05T16:30:00.000Z'],
			['https://example.org/bn/meta/#india-logout', '2024-03-05T15:30:00.000Z'],
		]);
	});

	it('titles an entry with its kind and time, and gives its text and sources', () => {
		expect(items[2]!.title).toBe('বিভ্রাট শুরু: ভারতীয় সময় রাত ৯টা নাগাদ');
		expect(items[0]!.content).toBe(
			'<p>অ্যান্ডি স্টোন জানান, সমস্যার সমাধান হয়েছে।</p><p>অন্য সূত্রে সময়: <time datetime="2024-03-05T17:35:00.000Z">ভারতীয় সময় রাত ১১টা ৫ মিনিট · UTC ১৭:৩৫</time> (Wikipedia, “2024 Facebook outage”)</p><p>সূত্র: topicsbox.com, 2024-03-06, 12:19 p.m. ET</p>',
		);
		expect(items[1]!.categories).toEqual(['key']);
	});
});

describe('a corrected entry in the feed', () => {
	it('carries its correction note', () => {
		// The correction is test data, not a fact of the story.
		const built = buildTimeline(metaStory(), 'en', 'Asia/Kolkata');
		const [first, ...rest] = built.items;
		const view = {
			...built,
			items: [{ ...first!, correction: 'The time was corrected.' }, ...rest],
		};
		const items = timelineFeedItems(view, 'https://example.org/en/meta/', {
			sources: 'Sources',
			correction: 'Correction',
			otherTime: 'Another source gives',
		});
		expect(items.at(-1)!.content).toContain(
			'<p><strong>Correction:</strong> The time was corrected.</p>',
		);
		expect(items[0]!.content).not.toContain('Correction');
	});
});

describe('a day-precision entry in the feed', () => {
	it('has no pubDate (no time its sources did not give), and its date in its title', () => {
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
			],
		});
		const [item] = timelineFeedItems(buildTimeline(story, 'en', story.zone), 'https://e.org/', {
			sources: 'Sources',
			correction: 'Correction',
			otherTime: 'Another source gives',
		});
		// Before, it was dated 2024-07-18T18:00Z: 19 July's midnight in Dhaka, a time no source gave.
		expect(item).not.toHaveProperty('pubDate');
		expect(item!.title).toBe('Update: Friday, 19 July 2024');
	});
});

describe('storyFeedItems', () => {
	it('links each story and escapes its text in the HTML content', () => {
		const [item] = storyFeedItems([
			{
				title: 'A <b> title',
				description: 'Fish & chips',
				url: 'https://example.org/en/x/',
				date: 'Tuesday, 5 March 2024',
				duration: 'about 1 hour',
			},
		]);
		expect(item).toMatchObject({ title: 'A <b> title', link: 'https://example.org/en/x/' });
		expect(item!.content).toBe(
			'<p>Fish &amp; chips</p><p>Tuesday, 5 March 2024 · about 1 hour</p>',
		);
	});
});

describe('escapeHtml', () => {
	it('escapes markup characters', () => {
		expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
	});
});
