import { describe, expect, it } from 'vitest';
import { timelineJson, timelineJsonSchema } from '../../src/lib/outputs/timelineJson';
import { META_ENTRIES, metaStory } from '../fixtures/metaTimeline';

const editions = {
	bn: { title: 'শিরোনাম', description: 'বিবরণ', url: 'https://example.org/bn/meta/' },
	en: { title: 'Title', description: 'Summary', url: 'https://example.org/en/meta/' },
};
const json = () => timelineJson({ ...metaStory(), slug: 'meta', original: 'bn', editions });

describe('timelineJson', () => {
	it('gives every entry its UTC instant, its own zone, the local time there and the precision', () => {
		expect(
			json().entries.map((e) => [
				e.id,
				'instant' in e && e.instant,
				e.zone,
				'local' in e && e.local,
				e.precision,
			]),
		).toEqual([
			[
				'india-logout',
				'2024-03-05T15:30:00.000Z',
				'Asia/Kolkata',
				'2024-03-05T21:00',
				'approximate',
			],
			[
				'india-restored',
				'2024-03-05T16:30:00.000Z',
				'Asia/Kolkata',
				'2024-03-05T22:00',
				'approximate',
			],
			[
				'stone-resolved',
				'2024-03-05T17:19:00.000Z',
				'America/New_York',
				'2024-03-05T12:19',
				'exact',
			],
		]);
	});

	it('keeps both languages, the sources, the quote and the disputed time in the zone its source gave', () => {
		const stone = json().entries[2]!;
		expect(stone.text.en).toBe('Andy Stone says the issue is resolved.');
		expect(stone.text.bn).toBe('অ্যান্ডি স্টোন জানান, সমস্যার সমাধান হয়েছে।');
		expect(stone.sources).toEqual([{ name: 'topicsbox.com', detail: '2024-03-06, 12:19 p.m. ET' }]);
		expect(stone.quote?.author).toBe('Andy Stone');
		expect(stone.otherTimes).toEqual([
			{
				// Wikipedia gives 17:35 UTC: not relabelled as 12:35 New York time.
				instant: '2024-03-05T17:35:00.000Z',
				local: '2024-03-05T17:35',
				zone: 'UTC',
				precision: 'exact',
				source: { name: 'Wikipedia', detail: '“2024 Facebook outage”' },
			},
		]);
	});

	it('links each entry to its anchor in every edition', () => {
		expect(json().entries[0]!.links).toEqual({
			bn: 'https://example.org/bn/meta/#india-logout',
			en: 'https://example.org/en/meta/#india-logout',
		});
	});

	it('gives the outage span from start to restoration', () => {
		expect(json().outage).toEqual({
			start: '2024-03-05T15:30:00.000Z',
			end: '2024-03-05T16:30:00.000Z',
			minMinutes: 60,
			maxMinutes: 60,
			approximate: true,
		});
	});

	it('gives the story’s status, its spans, update times in UTC, corrections and the services', () => {
		// Update times, the correction and the spans' labels are test data, not facts of the story.
		const [first, ...rest] = META_ENTRIES;
		const story = metaStory({
			status: 'resolved',
			updated: '2024-03-05 23:30',
			timeline: [
				{
					...first!,
					updated: '2024-03-05 23:10',
					correction: { bn: 'সময় সংশোধন করা হয়েছে।', en: 'The time was corrected.' },
				},
				...rest,
			],
			spans: [
				{ label: { bn: 'ভারতে', en: 'In India' }, start: 'india-logout', end: 'india-restored' },
			],
			services: [
				{
					name: { bn: 'হোয়াট্সঅ্যাপ', en: 'WhatsApp' },
					status: 'working',
					sources: [{ name: 'The report' }],
				},
			],
		});
		const data = timelineJson({ ...story, slug: 'meta', original: 'bn', editions });
		expect(data.status).toBe('resolved');
		expect(data).not.toHaveProperty('published');
		expect(data.updated).toBe('2024-03-05T18:00:00.000Z');
		expect(data.spans).toEqual([
			{
				label: { bn: 'ভারতে', en: 'In India' },
				start: 'india-logout',
				end: 'india-restored',
				minMinutes: 60,
				maxMinutes: 60,
				approximate: true,
			},
		]);
		expect(data.entries.find((e) => e.id === 'india-restored')).toMatchObject({
			updated: '2024-03-05T17:40:00.000Z',
			correction: { en: 'The time was corrected.' },
		});
		expect(data.entries[0]).not.toHaveProperty('updated');
		expect(data.services).toEqual([
			{
				name: { bn: 'হোয়াট্সঅ্যাপ', en: 'WhatsApp' },
				status: 'working',
				sources: [{ name: 'The report' }],
			},
		]);
		expect(timelineJsonSchema.safeParse(data).success).toBe(true);
	});

	it('publishes what its own schema accepts, and the schema refuses a local time as an instant', () => {
		expect(timelineJsonSchema.safeParse(JSON.parse(JSON.stringify(json()))).success).toBe(true);
		const broken = json();
		Object.assign(broken.entries[0]!, { instant: '2024-03-05 21:00' });
		const result = timelineJsonSchema.safeParse(broken);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['entries', 0, 'instant']);
	});
});

/** A made-up story: a day entry in Bangladesh after a timed start, and no `status:`. */
const dayStory = (fields: Record<string, unknown> = {}) =>
	metaStory({
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
				id: 'day-later',
				time: '2024-07-19',
				precision: 'day',
				kind: 'update',
				text: { bn: 'সেদিন।', en: 'That day.' },
				sources: [{ name: 'Fixture' }],
				otherTimes: [{ time: '2024-07-18', precision: 'day', source: { name: 'Other' } }],
			},
		],
		...fields,
	});

describe('timelineJson: day entries and an unstated status', () => {
	const data = timelineJson({ ...dayStory(), slug: 'day', original: 'bn', editions });

	it('gives a day entry its date, zone and the interval it covers, and no instant or clock', () => {
		const day = data.entries.find((e) => e.id === 'day-later')!;
		expect(day).not.toHaveProperty('instant');
		expect(day).not.toHaveProperty('local');
		expect(day).toMatchObject({
			date: '2024-07-19',
			zone: 'Asia/Dhaka',
			precision: 'day',
			// 19 July in Bangladesh (UTC+6) runs from 18:00 UTC on the 18th to 18:00 UTC on the 19th.
			interval: { start: '2024-07-18T18:00:00.000Z', end: '2024-07-19T18:00:00.000Z' },
		});
		expect(day.otherTimes[0]).not.toHaveProperty('instant');
		expect(day.otherTimes[0]).toMatchObject({ date: '2024-07-18', precision: 'day' });
		expect(timelineJsonSchema.safeParse(JSON.parse(JSON.stringify(data))).success).toBe(true);
	});

	it('refuses an instant on a day entry, and a day entry without its date', () => {
		const withInstant = JSON.parse(JSON.stringify(data)) as { entries: object[] };
		Object.assign(withInstant.entries[1]!, {
			instant: '2024-07-18T18:00:00.000Z',
			date: undefined,
		});
		expect(timelineJsonSchema.safeParse(withInstant).success).toBe(false);
	});

	it('says `status: null` when the editor gave none, and whether a restoration was reported', () => {
		expect(data.version).toBe(2);
		expect(data.status).toBeNull();
		expect(data.restorationReported).toBe(false);
		// A restoration entry is reported as such; it does not become `resolved`.
		const meta = timelineJson({ ...metaStory(), slug: 'meta', original: 'bn', editions });
		expect([meta.status, meta.restorationReported]).toEqual([null, true]);
		const said = timelineJson({
			...dayStory({ status: 'ongoing' }),
			slug: 'day',
			original: 'bn',
			editions,
		});
		expect(said.status).toBe('ongoing');
	});
});
