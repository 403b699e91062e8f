import { isUtc, sameZone } from './zoneLabel';

// Browser-safe: the zone switcher's script imports this module.

/** The time zones a reader can show the timeline in: the story's, Bangladesh, UTC, or their own. */
export const ZONE_CHOICES = ['story', 'Asia/Dhaka', 'UTC', 'local'] as const;

/** One of {@link ZONE_CHOICES}. */
export type ZoneChoice = (typeof ZONE_CHOICES)[number];

/** localStorage key for the reader's choice; it stays on their device. */
export const ZONE_STORAGE_KEY = 'somoyrekha:zone';

/** A stored or submitted value as a choice; anything else (old, edited, missing) is `'story'`. */
export function parseZoneChoice(value: unknown): ZoneChoice {
	return ZONE_CHOICES.find((choice) => choice === value) ?? 'story';
}

/**
 * The choices worth offering for a story: Bangladesh time and UTC are left out when they are the
 * story's own zone, e.g. `zoneOptions('Asia/Dhaka')` → `['story', 'UTC', 'local']`.
 */
export function zoneOptions(storyZone: string): ZoneChoice[] {
	return ZONE_CHOICES.filter((choice) => {
		if (choice === 'Asia/Dhaka') return storyZone !== 'Asia/Dhaka';
		if (choice === 'UTC') return !isUtc(storyZone);
		return true;
	});
}

/**
 * The IANA zone a choice means, e.g. `zoneForChoice('local', 'Asia/Kolkata', 'Europe/London')`
 * → `'Europe/London'`; an empty local zone (an engine that reports none) falls back to the story's.
 */
export function zoneForChoice(choice: ZoneChoice, storyZone: string, localZone: string): string {
	if (choice === 'story') return storyZone;
	if (choice === 'local') return localZone || storyZone;
	return choice;
}

/**
 * The choice a reader with no stored choice starts on: the offered choice that means their
 * device's zone (a reader in Dhaka gets Bangladesh time, in Kolkata the story's Indian time), else
 * their own zone, e.g. `defaultZoneChoice(['story', 'Asia/Dhaka', 'UTC', 'local'], 'Asia/Kolkata',
 * 'Asia/Dhaka')` → `'Asia/Dhaka'`. An engine that reports no zone gets the story's.
 */
export function defaultZoneChoice(
	options: readonly ZoneChoice[],
	storyZone: string,
	localZone: string,
): ZoneChoice {
	if (!localZone) return 'story';
	const same = options.find(
		(choice) =>
			choice !== 'local' && sameZone(zoneForChoice(choice, storyZone, localZone), localZone),
	);
	return same ?? (options.includes('local') ? 'local' : 'story');
}
