import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import StatusSummary from '../../src/components/StatusSummary.astro';
import Timeline from '../../src/components/Timeline.astro';
import { fixturePage, fixtureStory } from '../support/fixtureStory';
import { seedStory } from '../support/seed';

// Made-up stories (tests/fixtures/components/): corrections and an update time; services and
// disputed times with no update time.
const corrected = fixtureStory('corrected-entries');
const disputed = fixtureStory('disputed-times');

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

const render = async (
	component: Parameters<AstroContainer['renderToString']>[0],
	story: ReturnType<typeof fixtureStory>,
	lang: 'bn' | 'en',
) => parse(await container.renderToString(component, { props: fixturePage(story, lang) }));

describe('StatusSummary', () => {
	it('lists each service and how it fared, in English', async () => {
		const html = await render(StatusSummary, disputed, 'en');
		expect(html.querySelectorAll('.services li').map((li) => li.text.split(' — ')[0])).toEqual([
			// The fixture gives no `status:`: what was, not a claim that it still is.
			'Service A: Was down',
			'Service B: Working',
		]);
		expect(html.querySelector('.sources')?.text).toBe('Source: fixture');
	});

	it('lists them in Bengali too', async () => {
		const html = await render(StatusSummary, disputed, 'bn');
		expect(html.querySelectorAll('.services li').map((li) => li.text.split(' — ')[0])).toEqual([
			'পরিষেবা ক: অচল ছিল',
			'পরিষেবা খ: সচল',
		]);
	});

	it('gives the start, end and duration from the timeline, and no invented update time', async () => {
		const html = await render(StatusSummary, disputed, 'en');
		const rows = html
			.querySelectorAll('dl > div')
			.map((row) => [
				row.querySelector('dt')?.text,
				row.querySelector('dd')?.text.replace(/\s+/g, ' ').trim(),
			]);
		expect(rows).toEqual([
			['Began', 'around 8:30 p.m. IST'],
			['Restored', '10:37 p.m. IST (Another source gives: 11:05 p.m. IST, second fixture source)'],
			['Lasted', 'between about 1 hour and 2 hours'],
		]);
		// Nobody wrote an update time for this story: the summary invents none (the dateline
		// under the headline shows an update time only where an editor wrote one).
		expect(html.text).not.toMatch(/updated|Latest/i);
		// No `status:` in the fixture: no badge, only that a restoration was reported.
		expect(html.querySelector('.badge')).toBeNull();
		expect(html.querySelector('h2 .state-note')?.text).toBe('A restoration has been reported');
		expect(html.querySelector('a.jump')?.getAttribute('href')).toBe('#timeline');
		expect(html.querySelector('dd time')?.getAttribute('datetime')).toBe(
			'2030-03-04T15:00:00.000Z',
		);
	});
});

describe('corrections and updates', () => {
	it('shows a corrected entry’s note and when it was corrected', async () => {
		const html = await render(Timeline, corrected, 'en');
		const cause = html.getElementById('cause');
		expect(cause?.querySelector('.correction')?.text.replace(/\s+/g, ' ').trim()).toBe(
			'Correction (7:15 p.m. Bangladesh time): This entry earlier gave the time wrongly as 9:10 a.m.',
		);
		expect(cause?.querySelector('.correction time')?.getAttribute('datetime')).toBe(
			'2030-01-10T13:15:00.000Z',
		);
		const restored = html.getElementById('restored');
		expect(restored?.querySelector('.updated')?.text.replace(/\s+/g, ' ').trim()).toBe(
			'Updated (11 a.m. Bangladesh time)',
		);
		expect(html.getElementById('begins')?.querySelector('.updated')).toBeNull();
	});

	it('shows the correction in Bengali on the Bengali page', async () => {
		const html = await render(Timeline, corrected, 'bn');
		expect(html.getElementById('cause')?.querySelector('.correction')?.text).toContain(
			'সংশোধন (বাংলাদেশ সময় সন্ধ্যা সোয়া ৭টা): আগে সময় ভুল করে সকাল ৯টা ১০ মিনিট লেখা হয়েছিল।',
		);
	});

	it('says when the story was last updated: the latest update time an editor wrote', async () => {
		const html = await render(StatusSummary, corrected, 'en');
		const rows: Record<string, string | undefined> = Object.fromEntries(
			html
				.querySelectorAll('dl > div')
				.map((row): [string, string | undefined] => [
					row.querySelector('dt')?.text ?? '',
					row.querySelector('dd')?.text.trim(),
				]),
		);
		expect(rows['Last updated']).toBeUndefined();
		expect(html.querySelectorAll('.services li').map((li) => li.classNames)).toEqual([
			'service status-down',
			'service status-degraded',
			'service status-working',
		]);
		expect(html.querySelector('.status-degraded')?.text).toContain(
			'Was partly working — It was slow.',
		);
		expect(html.querySelector('.sources')?.text).toBe('Sources: fixture; other fixture');
	});

	it('offers no Bangladesh list or Bangladesh option when the story is already in Bangladesh time', async () => {
		const html = await render(Timeline, corrected, 'en');
		expect(html.querySelector('details.zone-list')).toBeNull();
		expect(
			html.querySelectorAll('div.zone-switcher option').map((i) => i.getAttribute('value')),
		).toEqual(['story', 'UTC', 'local']);
	});
});

describe('StatusSummary and the editor’s status', () => {
	it('without a status or a restoration: no badge, “No restoration has been reported”', async () => {
		const timeline = disputed.timeline.filter((e) => e.kind !== 'restoration');
		const story = { ...disputed, timeline, spans: [], restorationReported: false };
		for (const [lang, words] of [
			['bn', 'পরিষেবা ফেরার খবর মেলেনি'],
			['en', 'No restoration has been reported'],
		] as const) {
			const html = await render(StatusSummary, story, lang);
			// Before, this story was “Ongoing / Not restored yet” for ever.
			expect(html.querySelector('.badge')).toBeNull();
			expect(html.text).not.toMatch(/Ongoing|Not restored yet|চলছে|এখনও ফেরেনি/);
			expect(html.querySelector('dl.span div:last-child dd')?.text).toBe(words);
		}
	});

	it('in a resolved story, a service that was down is back: never “down” under “resolved”', async () => {
		const html = await render(StatusSummary, { ...disputed, status: 'resolved' }, 'bn');
		expect(html.querySelector('.badge')?.text).toBe('সমস্যা মিটেছে');
		const down = html.querySelector('.services .status-down')!;
		expect(down.text.split(' — ')[0]).toBe('পরিষেবা ক: অচল ছিল, এখন সচল');
		expect(down.classList.contains('back')).toBe(true);
	});

	it('is a glance: the headline span and the jump link first, the rest behind a disclosure', async () => {
		const html = await render(StatusSummary, seedStory(), 'en');
		const more = html.querySelector('details.glance-more')!;
		expect(more.querySelector('summary')?.text).toBe('More: Worldwide, Services');
		expect(more.querySelectorAll('.services li')).toHaveLength(4);
		expect(more.querySelector('h3')?.text).toBe('Worldwide');
		// The report's own span is outside the disclosure, before the jump link.
		const headline = html.querySelector('.span-group.headline')!;
		expect(headline.querySelector('h3')?.text).toBe('In India');
		expect(headline.closest('details')).toBeNull();
		expect(html.querySelector('a.jump')?.closest('details')).toBeNull();
	});
});
