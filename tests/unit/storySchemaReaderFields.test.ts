import { describe, expect, it } from 'vitest';
import { editionSchema } from '../../src/lib/story/storySchema';

const entry = {
	id: 'logout',
	time: '2024-03-05 21:00',
	precision: 'approximate',
	kind: 'outage-start',
	text: { bn: 'লগ আউট', en: 'Logged out' },
	sources: [{ name: 'The report' }],
};
const service = {
	name: { bn: 'হোয়াট্সঅ্যাপ', en: 'WhatsApp' },
	status: 'working',
	sources: [{ name: 'The report' }],
};
const original = { title: 'T', description: 'D', zone: 'Asia/Kolkata', timeline: [entry] };

const messages = (data: unknown) => {
	const result = editionSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('story schema: services, updates and corrections', () => {
	it('accepts services, a story update time and a corrected entry', () => {
		const data = editionSchema.parse({
			...original,
			updated: '2024-03-05 23:30',
			services: [service],
			timeline: [
				{
					...entry,
					updated: '2024-03-05 23:10',
					correction: { bn: 'সময় সংশোধন', en: 'Time corrected' },
				},
			],
		});
		expect(data.services?.[0]?.status).toBe('working');
		expect(data.timeline?.[0]?.correction?.en).toBe('Time corrected');
	});

	it('says which statuses a service may have', () => {
		expect(messages({ ...original, services: [{ ...service, status: 'up' }] })).toEqual([
			'services.0.status: the service status "up" is not allowed; use one of "down", "degraded", "working", e.g. status: working',
		]);
	});

	it('asks for a source for every service', () => {
		expect(messages({ ...original, services: [{ ...service, sources: [] }] })).toEqual([
			'services.0.sources: every service needs at least one source, e.g. sources:\n  - name: metastatus.com',
		]);
	});

	it('asks when a correction was made', () => {
		expect(
			messages({ ...original, timeline: [{ ...entry, correction: { bn: 'ক', en: 'c' } }] }),
		).toEqual([
			'timeline.0.updated: a correction needs the time it was made; add updated: "2024-03-05 23:10" (in the story\'s zone, Asia/Kolkata)',
		]);
	});

	it('refuses an update time that is not a time', () => {
		expect(messages({ ...original, updated: '2024-02-30 10:00' })).toEqual([
			'updated: February 2024 has no day 30 (it has 29 days); check the date',
		]);
	});

	it('keeps services in the original edition only', () => {
		expect(
			messages({ title: 'T', description: 'D', translationOf: 'bn', services: [service] }),
		).toEqual([
			'services: a translation does not repeat the services; it lives once, in the original (bn) edition',
		]);
	});
});
