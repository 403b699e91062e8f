import { describe, expect, it } from 'vitest';
import { buildStatusSummary } from '../../src/lib/views/buildStatusSummary';
import { resolveTimeline } from '../../src/lib/story/resolveTimeline';
import { entrySchema, serviceSchema } from '../../src/lib/story/storySchema';

const zone = 'Asia/Kolkata';
const entry = (id: string, time: string, kind: string, precision = 'exact') =>
	entrySchema.parse({
		id,
		time,
		precision,
		kind,
		text: { bn: 'ক', en: 'a' },
		sources: [{ name: 'fixture' }],
	});
const whatsapp = serviceSchema.parse({
	name: { bn: 'হোয়াট্সঅ্যাপ', en: 'WhatsApp' },
	status: 'working',
	note: { bn: 'সচল ছিল।', en: 'Stayed up.' },
	sources: [{ name: 'fixture' }],
});

describe('buildStatusSummary', () => {
	it('while no restoration is reported: a start, no end, no duration', () => {
		const timeline = resolveTimeline(
			[entry('start', '2024-03-05 21:00', 'outage-start', 'approximate')],
			zone,
		);
		const view = buildStatusSummary({ zone, timeline }, 'en');
		expect(view.start).toEqual({
			datetime: '2024-03-05T15:30:00.000Z',
			precision: 'approximate',
			local: 'around 9 p.m. IST',
		});
		expect(view.end).toBeUndefined();
		expect(view.duration).toBeUndefined();
		expect(view.services).toEqual([]);
	});

	it('words services, their status and note for the page’s language', () => {
		const timeline = resolveTimeline(
			[
				entry('start', '2024-03-05 21:00', 'outage-start'),
				entry('end', '2024-03-05 22:30', 'restoration'),
			],
			zone,
		);
		const bn = buildStatusSummary({ zone, timeline, services: [whatsapp] }, 'bn');
		expect(bn.services).toEqual([
			{
				name: 'হোয়াট্সঅ্যাপ',
				status: 'working',
				statusLabel: 'সচল',
				note: 'সচল ছিল।',
				sources: [{ name: 'fixture', url: undefined, detail: undefined }],
			},
		]);
		expect(bn.duration).toEqual({ text: '১ ঘণ্টা ৩০ মিনিট', datetime: 'PT1H30M', disputed: false });
		expect(bn.end?.local).toBe('ভারতীয় সময় রাত সাড়ে ১০টা');
	});
});
