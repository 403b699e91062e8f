import { describe, expect, it } from 'vitest';
import {
	defaultZoneChoice,
	parseZoneChoice,
	zoneForChoice,
	zoneOptions,
} from '../../src/lib/time/zoneChoice';

describe('zone choice', () => {
	it('offers the story zone, Bangladesh time, UTC and the reader’s own zone', () => {
		expect(zoneOptions('Asia/Kolkata')).toEqual(['story', 'Asia/Dhaka', 'UTC', 'local']);
	});

	it('does not offer the story’s own zone twice', () => {
		expect(zoneOptions('Asia/Dhaka')).toEqual(['story', 'UTC', 'local']);
		expect(zoneOptions('Etc/UTC')).toEqual(['story', 'Asia/Dhaka', 'local']);
	});

	it('maps each choice to the zone it means', () => {
		expect(zoneForChoice('story', 'Asia/Kolkata', 'Europe/London')).toBe('Asia/Kolkata');
		expect(zoneForChoice('Asia/Dhaka', 'Asia/Kolkata', 'Europe/London')).toBe('Asia/Dhaka');
		expect(zoneForChoice('UTC', 'Asia/Kolkata', 'Europe/London')).toBe('UTC');
		expect(zoneForChoice('local', 'Asia/Kolkata', 'Europe/London')).toBe('Europe/London');
		expect(zoneForChoice('local', 'Asia/Kolkata', '')).toBe('Asia/Kolkata');
	});

	it('reads anything stored that is not a choice as the story zone', () => {
		expect(parseZoneChoice('UTC')).toBe('UTC');
		expect(parseZoneChoice('Europe/Paris')).toBe('story');
		expect(parseZoneChoice(null)).toBe('story');
	});
});

describe('defaultZoneChoice', () => {
	const offered = zoneOptions('Asia/Kolkata');

	it('starts a reader in Dhaka on Bangladesh time, in Kolkata on the story’s Indian time', () => {
		expect(defaultZoneChoice(offered, 'Asia/Kolkata', 'Asia/Dhaka')).toBe('Asia/Dhaka');
		expect(defaultZoneChoice(offered, 'Asia/Kolkata', 'Asia/Kolkata')).toBe('story');
		expect(defaultZoneChoice(offered, 'Asia/Kolkata', 'Asia/Calcutta')).toBe('story');
		expect(defaultZoneChoice(offered, 'Asia/Kolkata', 'Etc/UTC')).toBe('UTC');
	});

	it('starts anyone else on their own zone, and falls back to the story’s when none is known', () => {
		expect(defaultZoneChoice(offered, 'Asia/Kolkata', 'Europe/London')).toBe('local');
		expect(defaultZoneChoice(offered, 'Asia/Kolkata', '')).toBe('story');
		expect(defaultZoneChoice(['story', 'UTC'], 'Asia/Kolkata', 'Europe/London')).toBe('story');
	});
});
