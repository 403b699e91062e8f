import { describe, expect, it } from 'vitest';
import { datelineView, formatNewsDate } from '../../src/lib/views/datelineView';

const event = new Date('2024-03-05T15:00:00Z');

describe('datelineView', () => {
	it('writes dates as Bengali news sites do: Bengali digits and month names, no comma', () => {
		expect(formatNewsDate(event, 'bn', 'Asia/Kolkata')).toBe('৫ মার্চ ২০২৪');
		expect(formatNewsDate(event, 'en', 'Asia/Kolkata')).toBe('5 March 2024');
	});

	it('shows only what it is given: the event’s date, labelled as such, and no invented time', () => {
		expect(datelineView({ event }, 'bn', 'Asia/Kolkata')).toEqual([
			{
				kind: 'event',
				label: 'ঘটনা',
				datetime: '2024-03-05',
				instant: '2024-03-05T15:00:00.000Z',
				text: '৫ মার্চ ২০২৪',
			},
		]);
		expect(datelineView({}, 'en', 'Asia/Kolkata')).toEqual([]);
	});

	it('gives published and updated times as instants, worded in the story’s zone', () => {
		const items = datelineView(
			{
				published: new Date('2024-03-05T17:00:00Z'),
				updated: new Date('2024-03-05T18:45:00Z'),
			},
			'bn',
			'Asia/Kolkata',
		);
		expect(items.map((i) => [i.label, i.datetime, i.text])).toEqual([
			['প্রকাশ', '2024-03-05T17:00:00.000Z', '৫ মার্চ ২০২৪, ভারতীয় সময় রাত সাড়ে ১০টা'],
			['আপডেট', '2024-03-05T18:45:00.000Z', '৬ মার্চ ২০২৪, ভারতীয় সময় রাত সোয়া ১২টা'],
		]);
		expect(items.every((i) => !/[0-9]|AM|PM/.test(i.text))).toBe(true);
	});

	it('dates the event in the story’s zone, not in UTC', () => {
		// 20:00 UTC on 5 March is 6 March in Dhaka.
		expect(datelineView({ event: new Date('2024-03-05T20:00:00Z') }, 'en', 'Asia/Dhaka')).toEqual([
			{
				kind: 'event',
				label: 'Outage date',
				datetime: '2024-03-06',
				instant: '2024-03-05T20:00:00.000Z',
				text: '6 March 2024',
			},
		]);
	});
});
