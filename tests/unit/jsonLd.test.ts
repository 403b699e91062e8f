import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/lib/views/buildTimeline';
import {
	liveBlogPosting,
	newsArticle,
	serializeJsonLd,
	storyJsonLd,
} from '../../src/lib/outputs/jsonLd';
import { metaStory } from '../fixtures/metaTimeline';

const input = (lang: 'bn' | 'en') => ({
	lang,
	inLanguage: lang,
	url: `https://example.org/${lang}/meta/`,
	title: lang === 'bn' ? 'শিরোনাম' : 'Title',
	description: lang === 'bn' ? 'বিবরণ' : 'Summary',
	site: { name: 'Somoyrekha', url: 'https://example.org/' },
	alternates: [
		{ inLanguage: 'bn', url: 'https://example.org/bn/meta/' },
		{ inLanguage: 'en', url: 'https://example.org/en/meta/' },
	],
	original: lang === 'en' ? { inLanguage: 'bn', url: 'https://example.org/bn/meta/' } : undefined,
	timeline: buildTimeline(metaStory(), lang, 'Asia/Kolkata'),
	otherTimeLabel: lang === 'bn' ? 'অন্য সূত্রে সময়' : 'Another source gives',
});

describe('newsArticle', () => {
	it('describes the edition in its language, with its translations', () => {
		const bn = newsArticle(input('bn'));
		expect(bn).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: 'শিরোনাম',
			inLanguage: 'bn',
			url: 'https://example.org/bn/meta/',
			mainEntityOfPage: 'https://example.org/bn/meta/',
			publisher: { '@type': 'Organization', name: 'Somoyrekha' },
			workTranslation: [
				{ '@type': 'NewsArticle', url: 'https://example.org/en/meta/', inLanguage: 'en' },
			],
		});
		expect(newsArticle(input('en'))).toMatchObject({
			translationOfWork: { url: 'https://example.org/bn/meta/', inLanguage: 'bn' },
		});
	});
});

describe('datePublished and dateModified', () => {
	it('are given only when the story file gives them', () => {
		expect(newsArticle(input('en'))).not.toHaveProperty('datePublished');
		const published = { ...input('en'), datePublished: '2024-03-05T17:00:00.000Z' };
		expect(newsArticle(published).datePublished).toBe('2024-03-05T17:00:00.000Z');
	});

	it('gives dateModified only when an editor wrote an update time', () => {
		expect(newsArticle(input('en'))).not.toHaveProperty('dateModified');
		const updated = { ...input('en'), dateModified: '2024-03-05T18:00:00.000Z' };
		expect(newsArticle(updated).dateModified).toBe('2024-03-05T18:00:00.000Z');
		expect(liveBlogPosting(updated).dateModified).toBe('2024-03-05T18:00:00.000Z');
	});

	it('gives dateModified on an update whose entry an editor changed', () => {
		const changed = input('en');
		const items = [...changed.timeline.items];
		items[1] = { ...items[1]!, updated: { datetime: '2024-03-05T17:40:00.000Z', local: '' } };
		changed.timeline = { ...changed.timeline, items };
		const updates = liveBlogPosting(changed).liveBlogUpdate as Record<string, unknown>[];
		expect(updates.map((u) => u.dateModified)).toEqual([
			undefined,
			'2024-03-05T17:40:00.000Z',
			undefined,
		]);
	});
});

describe('liveBlogPosting', () => {
	it('covers the first entry to the last, one update per entry at its own anchor', () => {
		const blog = liveBlogPosting(input('en'));
		expect(blog['@type']).toBe('LiveBlogPosting');
		expect(blog.coverageStartTime).toBe('2024-03-05T15:30:00.000Z');
		expect(blog.coverageEndTime).toBe('2024-03-05T17:19:00.000Z');
		expect(blog.liveBlogUpdate).toEqual([
			expect.objectContaining({
				'@type': 'BlogPosting',
				url: 'https://example.org/en/meta/#india-logout',
				headline: 'Outage begins: around 9 p.m. IST',
				datePublished: '2024-03-05T15:30:00.000Z',
			}),
			expect.objectContaining({ url: 'https://example.org/en/meta/#india-restored' }),
			expect.objectContaining({
				url: 'https://example.org/en/meta/#stone-resolved',
				// The disputed time is part of the record, as on the page.
				articleBody:
					'Andy Stone says the issue is resolved.\nAnother source gives: 11:05 p.m. IST · 17:35 UTC (Wikipedia, “2024 Facebook outage”)',
			}),
		]);
	});

	it('words the updates in the edition’s language', () => {
		const blog = liveBlogPosting(input('bn'));
		expect((blog.liveBlogUpdate as { headline: string }[])[0]!.headline).toBe(
			'বিভ্রাট শুরু: ভারতীয় সময় রাত ৯টা নাগাদ',
		);
	});
});

describe('serializeJsonLd', () => {
	it('cannot end the script element early', () => {
		const json = serializeJsonLd({ headline: 'a </script><script>alert(1)</script>' });
		expect(json).not.toContain('</script>');
		expect(JSON.parse(json)).toEqual({ headline: 'a </script><script>alert(1)</script>' });
	});

	it('serialises both objects of a story page', () => {
		expect(storyJsonLd(input('bn')).map((o) => o['@type'])).toEqual([
			'NewsArticle',
			'LiveBlogPosting',
		]);
	});
});

describe('a day entry in the LiveBlogPosting', () => {
	it('is dated with its date only: no clock its sources did not give', () => {
		// A made-up story: a timed start in Bangladesh, then an entry of which only the day is known.
		const story = metaStory({
			zone: 'Asia/Dhaka',
			timeline: [
				{
					id: 'start',
					time: '2024-07-19 10:00',
					precision: 'approximate',
					kind: 'outage-start',
					text: { bn: 'শুরু।', en: 'It begins.' },
					sources: [{ name: 'Fixture' }],
				},
				{
					id: 'that-day',
					time: '2024-07-19',
					precision: 'day',
					kind: 'update',
					text: { bn: 'সেদিন।', en: 'That day.' },
					sources: [{ name: 'Fixture' }],
				},
			],
		});
		const posting = liveBlogPosting({
			...input('en'),
			timeline: buildTimeline(story, 'en', story.zone),
		}) as unknown as { liveBlogUpdate: { url: string; datePublished: string; headline: string }[] };
		const day = posting.liveBlogUpdate.find((u) => u.url.endsWith('#that-day'))!;
		expect(day.datePublished).toBe('2024-07-19');
		expect(day.headline).not.toMatch(/\d:\d\d|a\.m\.|p\.m\./);
		const start = posting.liveBlogUpdate.find((u) => u.url.endsWith('#start'))!;
		expect(start.datePublished).toBe('2024-07-19T04:00:00.000Z');
	});
});
