import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import Timeline from '../../src/components/Timeline.astro';

const story = 'meta-outage-2024-03-05';
let container: AstroContainer;

beforeAll(async () => {
	container = await AstroContainer.create();
});

const render = async (lang: 'bn' | 'en') =>
	parse(await container.renderToString(Timeline, { props: { story, lang } }));

describe('Timeline', () => {
	it('renders an ordered list of entries, oldest first, each with its exact instant', async () => {
		const html = await render('en');
		const items = html.querySelectorAll('ol.entries > li');
		expect(items).toHaveLength(7);
		const instants = items.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? '');
		expect(instants).toEqual([...instants].sort());
		expect(instants.every((d) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/.test(d))).toBe(true);
	});

	it('shows each time in the story’s zone and in UTC, never more precise than the source', async () => {
		const logout = (await render('en')).getElementById('india-logout');
		expect(logout?.querySelector('time')?.getAttribute('datetime')).toBe(
			'2024-03-05T15:30:00.000Z',
		);
		expect(logout?.querySelector('.when')?.text).toBe('around 9 p.m. IST · around 15:30 UTC');
		const statement = (await render('en')).getElementById('stone-first-statement');
		expect(statement?.querySelector('.when')?.text).toBe('9:22 p.m. IST · 15:52 UTC');
	});

	it('words times in Bengali with Bengali digits and no Latin AM/PM', async () => {
		const html = await render('bn');
		expect(html.getElementById('india-logout')?.querySelector('.when')?.text).toBe(
			'ভারতীয় সময় রাত ৯টা নাগাদ · UTC ১৫:৩০ নাগাদ',
		);
		for (const when of html.querySelectorAll('.when, .other-time time, .duration time')) {
			expect(when.text).not.toMatch(/AM|PM|[ap]\.m\.|[0-9]/i);
		}
		// Source names and details quoted in English are marked as English for screen readers.
		expect(html.querySelector('.sources cite')?.getAttribute('lang')).toBe('en');
	});

	it('attributes every entry to its source, and shows a disputed time beside the main one', async () => {
		const html = await render('en');
		for (const li of html.querySelectorAll('ol.entries > li')) {
			expect(li.querySelector('.sources')?.text).toMatch(/^Sources?: \S/);
		}
		const resolved = html.getElementById('stone-resolved');
		expect(resolved?.querySelector('.other-time')?.text).toContain('11:05 p.m. IST');
		expect(resolved?.querySelector('.other-time')?.text).toContain('Wikipedia');
	});

	it('gives every entry a stable anchor and a visible link to it', async () => {
		const html = await render('bn');
		for (const li of html.querySelectorAll('ol.entries > li')) {
			// The entry's time is its permalink: the link names the moment, not a bare "#".
			const link = li.querySelector('.when a');
			expect(link?.getAttribute('href')).toBe(`#${li.id}`);
			expect(link?.querySelector('time')?.text.trim()).toMatch(/ভারতীয় সময়/);
		}
	});
});
