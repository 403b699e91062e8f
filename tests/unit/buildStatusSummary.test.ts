import { describe, expect, it } from 'vitest';
import { resolveStory } from '../../src/lib/story/resolveStory';
import { editionSchema } from '../../src/lib/story/storySchema';
import { buildStatusSummary } from '../../src/lib/views/buildStatusSummary';
import { seedStory } from '../support/seed';

const entry = (id: string, time: string, kind: string, precision = 'exact') => ({
	id,
	time,
	precision,
	kind,
	text: { bn: 'ক', en: 'a' },
	sources: [{ name: 'fixture' }],
});
const story = (fields: Record<string, unknown>) =>
	resolveStory(
		editionSchema.parse({ title: 't', description: 'd', zone: 'Asia/Kolkata', ...fields }),
	);
const whatsapp = {
	name: { bn: 'হোয়াট্সঅ্যাপ', en: 'WhatsApp' },
	status: 'working',
	note: { bn: 'সচল ছিল।', en: 'Stayed up.' },
	sources: [{ name: 'fixture' }],
};

describe('buildStatusSummary', () => {
	it('while the editor says ongoing: a start, no span, “not restored yet”', () => {
		const view = buildStatusSummary(
			story({
				status: 'ongoing',
				timeline: [entry('start', '2024-03-05 21:00', 'outage-start', 'approximate')],
			}),
			'en',
		);
		expect(view.status).toEqual({ value: 'ongoing', label: 'Ongoing' });
		expect(view.start).toMatchObject({
			datetime: '2024-03-05T15:30:00.000Z',
			precision: 'approximate',
			local: 'around 9 p.m. IST',
		});
		expect(view.spans).toEqual([]);
		expect(view.noEnd).toBe('Not restored yet');
		expect(view.services).toEqual([]);
	});

	it('a resolved story with no restoration entry says no restoration time was reported', () => {
		const view = buildStatusSummary(
			story({
				status: 'resolved',
				timeline: [entry('start', '2024-03-05 21:00', 'outage-start', 'approximate')],
			}),
			'bn',
		);
		expect(view.status.label).toBe('বিভ্রাট মিটেছে');
		expect(view.noEnd).toBe('পরিষেবা ফেরার সময় জানানো হয়নি');
	});

	it('never calls “being restored” resolved: a recovering entry does not end the outage', () => {
		const view = buildStatusSummary(
			story({
				timeline: [
					entry('start', '2024-03-05 21:00', 'outage-start'),
					entry('recovering', '2024-03-05 22:30', 'recovering'),
				],
			}),
			'en',
		);
		expect(view.status.value).toBe('unstated');
		expect(view.spans).toEqual([]);
	});

	it('without the editor’s word and without a restoration, claims neither: it says what is known', () => {
		const timeline = [entry('start', '2024-03-05 21:00', 'outage-start', 'approximate')];
		const bn = buildStatusSummary(story({ timeline }), 'bn');
		// Before, this story was “বিভ্রাট চলছে” and “পরিষেবা এখনও ফেরেনি” for ever.
		expect(bn.status).toEqual({ value: 'unstated', label: 'পরিষেবা ফেরার খবর মেলেনি' });
		expect(bn.noEnd).toBe('পরিষেবা ফেরার খবর মেলেনি');
		const en = buildStatusSummary(story({ timeline }), 'en');
		expect([en.status.label, en.noEnd]).toEqual([
			'No restoration has been reported',
			'No restoration has been reported',
		]);
	});

	it('without the editor’s word but with a restoration entry, says one was reported, not “resolved”', () => {
		const view = buildStatusSummary(
			story({
				timeline: [
					entry('start', '2024-03-05 21:00', 'outage-start'),
					entry('end', '2024-03-05 22:30', 'restoration'),
				],
			}),
			'en',
		);
		expect(view.status).toEqual({ value: 'unstated', label: 'A restoration has been reported' });
		expect(view.spans).toHaveLength(1);
	});

	it('words a down service by the story’s state: never “down” under “resolved”', () => {
		const down = { ...whatsapp, name: { bn: 'ফেসবুক', en: 'Facebook' }, status: 'down' };
		const degraded = { ...down, status: 'degraded' };
		const labels = (status: string | undefined, lang: 'bn' | 'en') =>
			buildStatusSummary(
				story({
					...(status && { status }),
					timeline: [entry('start', '2024-03-05 21:00', 'outage-start')],
					services: [down, degraded, whatsapp],
				}),
				lang,
			).services.map((s) => s.statusLabel);
		expect(labels('resolved', 'bn')).toEqual([
			'অচল ছিল, এখন সচল',
			'আংশিক সমস্যা ছিল, এখন সচল',
			'সচল',
		]);
		expect(labels('resolved', 'en')).toEqual([
			'Was down, now working',
			'Was partly working, now working',
			'Working',
		]);
		expect(labels('ongoing', 'bn')).toEqual(['অচল', 'আংশিক সমস্যা', 'সচল']);
		// The editor has not said whether it is over: what was, not what is.
		expect(labels(undefined, 'en')).toEqual(['Was down', 'Was partly working', 'Working']);
	});

	it('words services, their status and note for the page’s language', () => {
		const bn = buildStatusSummary(
			story({
				timeline: [
					entry('start', '2024-03-05 21:00', 'outage-start'),
					entry('end', '2024-03-05 22:30', 'restoration'),
				],
				services: [whatsapp],
			}),
			'bn',
		);
		expect(bn.services).toEqual([
			{
				name: 'হোয়াট্সঅ্যাপ',
				status: 'working',
				statusLabel: 'সচল',
				note: 'সচল ছিল।',
				sources: [{ name: 'fixture', url: undefined, detail: undefined }],
			},
		]);
		expect(bn.spans[0]).toMatchObject({
			text: '১ ঘণ্টা ৩০ মিনিট',
			datetime: 'PT1H30M',
			disputed: false,
		});
		expect(bn.spans[0]?.end.local).toBe('ভারতীয় সময় রাত সাড়ে ১০টা');
	});
});

describe('the Meta story’s summary', () => {
	const view = buildStatusSummary(seedStory(), 'en');

	it('shows the report’s own span first: India, around 9 to around 10 p.m. IST, about an hour', () => {
		expect(view.status.label).toBe('Resolved');
		expect(view.spans[0]).toMatchObject({
			label: 'In India',
			start: { local: 'around 9 p.m. IST' },
			end: { local: 'around 10 p.m. IST' },
			text: 'about 1 hour',
		});
	});

	it('shows the worldwide span beside it, with the disputed end and the sources it rests on', () => {
		const worldwide = view.spans[1]!;
		expect(worldwide.label).toBe('Worldwide');
		expect(worldwide.start.datetime).toBe('2024-03-05T15:00:00.000Z');
		expect(worldwide.end.datetime).toBe('2024-03-05T17:19:00.000Z');
		expect(worldwide.endOthers.map((o) => [o.datetime, o.source.name])).toEqual([
			['2024-03-05T17:35:00.000Z', 'Wikipedia'],
		]);
		expect(worldwide.text).toBe('between about 2 hours 15 minutes and 2 hours 30 minutes');
		// Each source by its publisher's name, linked where EVENT-FACTS.md gives a URL.
		expect(worldwide.sources.map((s) => [s.name, Boolean(s.url)])).toEqual([
			['Business Live', false],
			['Wikipedia', true],
			['LatestLY', false],
			['Topics Box', true],
			['The Bengali report on this page', false],
		]);
		expect(buildStatusSummary(seedStory(), 'bn').spans[1]!.sources.map((s) => s.name)).toEqual([
			'বিজনেস লাইভ',
			'উইকিপিডিয়া',
			'লেটেস্টলি',
			'টপিকস বক্স',
			'এই প্রতিবেদন',
		]);
	});

	it('lists no service whose state no source gives (Messenger)', () => {
		expect(view.services.map((s) => s.name)).toEqual([
			'Facebook',
			'Instagram',
			'Threads',
			'WhatsApp',
		]);
	});
});
