import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import StatusSummary from '../../src/components/StatusSummary.astro';
import Timeline from '../../src/components/Timeline.astro';
import { assembleStories } from '../../src/lib/story/assembleStories';
import { editionSchema } from '../../src/lib/story/storySchema';

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
			// The report gives no state for Messenger, so the summary does not list it.
			'WhatsApp: Working',
		]);
		expect(html.querySelectorAll('.sources').at(-1)?.text).toBe(
			'Source: The Bengali report on this page',
		);
	});

	it('lists them in Bengali too', async () => {
		const html = await render(StatusSummary, story, 'bn');
		expect(html.querySelectorAll('.services li').map((li) => li.text.split(' — ')[0])).toEqual([
			'ফেসবুক: অচল',
			'ইনস্টাগ্রাম: অচল',
			'থ্রেড: অচল',
			'হোয়াট্সঅ্যাপ: সচল',
		]);
	});

	it('gives the report’s own span first, then the worldwide one with its sources', async () => {
		const html = await render(StatusSummary, story, 'en');
		const text = (el: { text: string } | null | undefined) => el?.text.replace(/\s+/g, ' ').trim();
		expect(text(html.querySelector('.state'))).toBe('Status: Resolved');
		const [india, worldwide] = html.querySelectorAll('.span');
		expect(text(india?.querySelector('h3'))).toBe('In India');
		expect(text(india?.querySelector('p'))).toBe(
			'from around 9 p.m. IST to around 10 p.m. IST, about 1 hour',
		);
		expect(india?.querySelector('time')?.getAttribute('datetime')).toBe('2024-03-05T15:30:00.000Z');
		expect(text(worldwide?.querySelector('p'))).toBe(
			'from around 8:30 p.m. IST to 10:49 p.m. IST (Another source gives: 11:05 p.m. IST, Wikipedia), between about 2 hours 15 minutes and 2 hours 30 minutes',
		);
		expect(text(worldwide?.querySelector('.sources'))).toContain('Wikipedia');
		const rows = html
			.querySelectorAll('dl > div')
			.map((row) => [row.querySelector('dt')?.text, row.querySelector('dd')?.text.trim()]);
		// Nobody wrote an update time for this story, so the page says what it does know.
		expect(rows).toEqual([['Latest timeline entry', '10:49 p.m. IST']]);
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

	it('says when the story was last updated: the latest update time an editor wrote', async () => {
		const html = await render(StatusSummary, fixture, 'en');
		const rows: Record<string, string | undefined> = Object.fromEntries(
			html
				.querySelectorAll('dl > div')
				.map((row): [string, string | undefined] => [
					row.querySelector('dt')?.text ?? '',
					row.querySelector('dd')?.text.trim(),
				]),
		);
		expect(rows['Last updated']).toBe('7:15 p.m. Bangladesh time');
		expect(rows['Latest timeline entry']).toBeUndefined();
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
			html.querySelectorAll('div.zone-switcher input').map((i) => i.getAttribute('value')),
		).toEqual(['story', 'UTC', 'local']);
	});
});
