import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import Timeline from '../../src/components/Timeline.astro';
import { fixturePage, fixtureStory } from '../support/fixtureStory';

// Times in another zone, approximate, disputed and out of order (tests/fixtures/components/).
const story = fixtureStory('disputed-times');
let container: AstroContainer;

beforeAll(async () => {
	container = await AstroContainer.create();
});

const render = async (lang: 'bn' | 'en') =>
	parse(await container.renderToString(Timeline, { props: fixturePage(story, lang) }));

describe('Timeline', () => {
	it('renders an ordered list of entries, oldest first, each with its exact instant', async () => {
		const items = (await render('en')).querySelectorAll('ol.entries > li');
		expect(items.map((li) => li.id)).toEqual([
			'begins-worldwide',
			'begins-in-india',
			'statement',
			'restored-in-india',
			'restored-worldwide',
		]);
		expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual([
			'2030-03-04T15:00:00.000Z',
			'2030-03-04T15:30:00.000Z',
			'2030-03-04T15:52:00.000Z',
			'2030-03-04T16:30:00.000Z',
			'2030-03-04T17:07:00.000Z',
		]);
	});

	it('shows each time in the story’s zone and in UTC, never more precise than the source', async () => {
		const html = await render('en');
		// The column is compact: the zone is named once, at the timeline's head.
		expect(html.querySelector('.timeline-head .zone-static')?.text).toBe('Times in IST, with UTC');
		expect(html.getElementById('begins-in-india')?.querySelector('.when')?.text).toBe(
			'around 9 p.m. · around 15:30 UTC',
		);
		expect(html.getElementById('statement')?.querySelector('.when')?.text).toBe(
			'9:22 p.m. · 15:52 UTC',
		);
		// Written in New York time, shown in the story's zone.
		expect(html.getElementById('restored-worldwide')?.querySelector('.when')?.text).toBe(
			'10:37 p.m. · 17:07 UTC',
		);
	});

	it('words times in Bengali with Bengali digits and no Latin AM/PM', async () => {
		const html = await render('bn');
		expect(html.getElementById('begins-in-india')?.querySelector('.when')?.text).toBe(
			'রাত ৯টা নাগাদ · UTC ১৫:৩০ নাগাদ',
		);
		for (const when of html.querySelectorAll('.when, .other-time time, .duration time')) {
			expect(when.text).not.toMatch(/AM|PM|[ap]\.m\.|[0-9]/i);
		}
		// Source names written in English are marked as English for screen readers.
		expect(html.querySelector('.sources cite')?.text).toBe('first fixture source');
		expect(html.querySelector('.sources cite')?.getAttribute('lang')).toBe('en');
	});

	it('leaves the duration to the status summary: nothing between the heading and the entries but the zone control', async () => {
		const html = await render('en');
		expect(html.querySelector('.duration')).toBeNull();
		const head = html.querySelector('.timeline-head');
		expect(head?.querySelector('h2')?.text).toBe('Timeline');
		expect(head?.nextElementSibling?.tagName).toBe('OL');
	});

	it('attributes every entry to its source, and shows a disputed time beside the main one', async () => {
		const html = await render('en');
		for (const li of html.querySelectorAll('ol.entries > li')) {
			expect(li.querySelector('.sources')?.text).toMatch(/^Sources?: \S/);
		}
		const other = html.getElementById('restored-worldwide')?.querySelector('.other-time');
		expect(other?.text).toContain('11:05 p.m. IST');
		expect(other?.text).toContain('second fixture source');
		expect(html.querySelectorAll('.other-time')).toHaveLength(1);
	});

	it('gives every entry a stable anchor and a visible link to it', async () => {
		const html = await render('bn');
		for (const li of html.querySelectorAll('ol.entries > li')) {
			// The entry's time is its permalink: the link names the moment, not a bare "#".
			const link = li.querySelector('.when a');
			expect(link?.getAttribute('href')).toBe(`#${li.id}`);
			expect(link?.querySelector('time')?.text.trim()).toMatch(/^(রাত|সন্ধ্যা|বিকেল) .*টা/);
		}
	});
});
