import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import StatusSummary from '../../src/components/StatusSummary.astro';
import Timeline from '../../src/components/Timeline.astro';
import { assembleStories } from '../../src/lib/assembleStories';
import { editionSchema } from '../../src/lib/storySchema';

/** The corrected-story fixture as the content layer would give it. */
const fixture = assembleStories([
	{
		id: 'fixture-outage/bn',
		data: editionSchema.parse(
			parseYaml(
				readFileSync(new URL('../fixtures/story-with-correction.yaml', import.meta.url), 'utf8'),
			),
		),
	},
	{
		id: 'fixture-outage/en',
		data: editionSchema.parse({
			title: 'Test outage',
			description: 'A made-up report that shows corrections.',
			translationOf: 'bn',
		}),
	},
])[0]!;

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

const render = async (component: typeof Timeline, story: unknown, lang: 'bn' | 'en') =>
	parse(await container.renderToString(component, { props: { story, lang } }));

describe('StatusSummary on the Meta outage story', () => {
	const story = 'meta-outage-2024-03-05';

	it('lists each Meta service and how it fared, in English', async () => {
		const html = await render(StatusSummary, story, 'en');
		expect(html.querySelectorAll('.services li').map((li) => li.text.split(' — ')[0])).toEqual([
			'Facebook: Down',
			'Instagram: Down',
			'Threads: Down',
			'Messenger: Down',
			'WhatsApp: Working',
		]);
		expect(html.querySelector('.sources')?.text).toBe('Source: The Bengali report on this page');
	});

	it('lists them in Bengali too', async () => {
		const html = await render(StatusSummary, story, 'bn');
		expect(html.querySelectorAll('.services li').map((li) => li.text.split(' — ')[0])).toEqual([
			'ফেসবুক: অচল',
			'ইনস্টাগ্রাম: অচল',
			'থ্রেড: অচল',
			'মেসেঞ্জার: অচল',
			'হোয়াট্সঅ্যাপ: সচল',
		]);
	});

	it('gives the start, end and duration from the timeline, and no invented update time', async () => {
		const html = await render(StatusSummary, story, 'en');
		const rows = html
			.querySelectorAll('dl > div')
			.map((row) => [row.querySelector('dt')?.text, row.querySelector('dd')?.text.trim()]);
		expect(rows).toEqual([
			['Began', 'around 8:30 p.m. IST'],
			['Restored', '10:37 p.m. IST'],
			['Lasted', 'between about 1 hour and 2 hours'],
		]);
		// Nobody wrote an update time for this story: the summary invents none (the dateline
		// under the headline shows an update time only where an editor wrote one).
		expect(html.text).not.toMatch(/updated|Latest/i);
		expect(html.querySelector('.badge')?.text).toBe('Resolved');
		expect(html.querySelector('a.jump')?.getAttribute('href')).toBe('#timeline');
		expect(html.querySelector('dd time')?.getAttribute('datetime')).toBe(
			'2024-03-05T15:00:00.000Z',
		);
	});
});

describe('corrections and updates (fixture story)', () => {
	it('shows a corrected entry’s note and when it was corrected', async () => {
		const html = await render(Timeline, fixture, 'en');
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
		const html = await render(Timeline, fixture, 'bn');
		expect(html.getElementById('cause')?.querySelector('.correction')?.text).toContain(
			'সংশোধন (বাংলাদেশ সময় সন্ধ্যা সোয়া ৭টা): আগে সময় ভুল করে সকাল ৯টা ১০ মিনিট লেখা হয়েছিল।',
		);
	});

	it('shows how each service fared, with its sources', async () => {
		const html = await render(StatusSummary, fixture, 'en');
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
		expect(html.querySelector('.status-degraded')?.text).toContain('Partly working — It was slow.');
		expect(html.querySelector('.sources')?.text).toBe('Sources: fixture; other fixture');
	});

	it('offers no Bangladesh list or Bangladesh option when the story is already in Bangladesh time', async () => {
		const html = await render(Timeline, fixture, 'en');
		expect(html.querySelector('details.zone-list')).toBeNull();
		expect(
			html.querySelectorAll('div.zone-switcher option').map((i) => i.getAttribute('value')),
		).toEqual(['story', 'UTC', 'local']);
	});
});
