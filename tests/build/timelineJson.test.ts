import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { timelineJsonSchema } from '../../src/lib/outputs/timelineJson';
import { readPage } from '../support/site';

const STORY = 'meta-outage-2024-03-05';

describe('timeline.json', () => {
	const json = JSON.parse(readPage(`/${STORY}/timeline.json`)) as unknown;

	it('validates against its documented format', () => {
		const result = timelineJsonSchema.safeParse(json);
		expect(result.error?.issues ?? []).toEqual([]);
	});

	it('has the entries of both editions’ timelines, at the instants the pages show, with both texts', () => {
		const data = timelineJsonSchema.parse(json);
		for (const lang of ['bn', 'en'] as const) {
			const page = parse(readPage(`/${lang}/${STORY}/`));
			const shown = page.querySelectorAll('.timeline li[id]').map((li) => ({
				id: li.id,
				datetime: li.querySelector('time')!.getAttribute('datetime'),
				text: li.querySelector('.text')!.text,
			}));
			expect(
				data.entries.map((e) => ({
					id: e.id,
					datetime: 'instant' in e ? e.instant : e.date,
					text: e.text[lang],
				})),
			).toEqual(shown);
			expect(
				data.entries.every((e) => e.links[lang] === `${data.editions[lang]!.url}#${e.id}`),
			).toBe(true);
		}
	});

	it('gives the story’s zone, each entry’s zone and the disputed time of the second statement', () => {
		const data = timelineJsonSchema.parse(json);
		expect(data.zone).toBe('Asia/Kolkata');
		const resolved = data.entries.find((e) => e.id === 'stone-resolved')!;
		expect(resolved).toMatchObject({
			instant: '2024-03-05T17:19:00.000Z',
			zone: 'America/New_York',
			local: '2024-03-05T12:19',
			precision: 'exact',
			kind: 'statement',
		});
		// Wikipedia gives 17:35 in UTC: its zone is UTC, not the entry's New York.
		expect(
			resolved.otherTimes.map((o) => ('instant' in o ? [o.instant, o.zone, o.local] : o)),
		).toEqual([['2024-03-05T17:35:00.000Z', 'UTC', '2024-03-05T17:35']]);
		expect(data.status).toBe('resolved');
		expect(resolved.quote?.author).toBe('Andy Stone');
	});

	it('gives the services at a glance as the story does', () => {
		const data = timelineJsonSchema.parse(json);
		expect(data.services.map((s) => [s.name.en, s.status])).toEqual([
			['Facebook', 'down'],
			['Instagram', 'down'],
			['Threads', 'down'],
			['WhatsApp', 'working'],
		]);
	});

	it('is linked from both editions', () => {
		for (const lang of ['bn', 'en']) {
			const page = parse(readPage(`/${lang}/${STORY}/`));
			expect(
				page.querySelector('link[rel=alternate][type="application/json"]')?.getAttribute('href'),
			).toBe(`/${STORY}/timeline.json`);
		}
	});
});
