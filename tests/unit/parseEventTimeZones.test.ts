import { formatInTimeZone, getTimezoneOffset } from 'date-fns-tz';
import { describe, expect, it } from 'vitest';
import { EventTimeError, parseEventTime } from '../../src/lib/parseEventTime';

/**
 * parseEventTime reads wall times with a kept Intl formatter per zone. This compares it with the
 * reading it replaced (date-fns-tz's offset and formatting, the same three probes a day apart)
 * around every clock change of 2008 to 2027 in zones with unusual rules, so a time is placed on
 * exactly the same instant, or refused for the same reason, as before.
 */
function reference(input: string, zone: string): string {
	const [date, time] = input.split(' ') as [string, string];
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const [h, min] = time.split(':').map(Number) as [number, number];
	const wall = `${date}T${time}:00`;
	const naive = Date.UTC(y, m - 1, d, h, min, 0);
	const candidates = new Set<number>();
	for (const probe of [naive - 86_400_000, naive, naive + 86_400_000]) {
		const instant = naive - getTimezoneOffset(zone, new Date(probe));
		if (formatInTimeZone(new Date(instant), zone, "yyyy-MM-dd'T'HH:mm:ss") === wall)
			candidates.add(instant);
	}
	if (candidates.size !== 1) return candidates.size === 0 ? 'skipped' : 'repeated';
	return new Date([...candidates][0]!).toISOString();
}

function reading(input: string, zone: string): string {
	try {
		return parseEventTime(input, zone).instant.toISOString();
	} catch (error) {
		if (!(error instanceof EventTimeError)) throw error;
		if (error.message.includes('never happened')) return 'skipped';
		if (error.message.includes('happened twice')) return 'repeated';
		throw error;
	}
}

const ZONES = [
	'America/New_York',
	'America/St_Johns',
	'America/Sao_Paulo',
	'Europe/London',
	'Europe/Berlin',
	'Africa/Casablanca',
	'Asia/Tehran',
	'Asia/Dhaka', // daylight saving in 2009
	'Australia/Lord_Howe', // a 30-minute change
	'Pacific/Chatham',
	'Pacific/Apia', // skipped 30 December 2011
];

const pad = (n: number) => String(n).padStart(2, '0');
const local = (ms: number) => {
	const t = new Date(ms);
	return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
};

/** Instants (to the minute) at which `zone`'s offset changes between 2008 and 2027. */
function changes(zone: string): number[] {
	const found: number[] = [];
	const offset = (ms: number) => formatInTimeZone(new Date(ms), zone, 'xxx');
	const end = Date.UTC(2027, 0, 1);
	for (let t = Date.UTC(2008, 0, 1); t < end; t += 86_400_000) {
		if (offset(t) === offset(t + 86_400_000)) continue;
		let [lo, hi] = [t, t + 86_400_000];
		while (hi - lo > 60_000) {
			const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
			if (offset(mid) === offset(lo)) lo = mid;
			else hi = mid;
		}
		found.push(hi);
	}
	return found;
}

describe('parseEventTime around clock changes', () => {
	it.each(ZONES)('places every wall time near %s’s changes as before', (zone) => {
		const times = changes(zone);
		expect(times.length, zone).toBeGreaterThan(0);
		const differ: string[] = [];
		for (const change of times) {
			// Wall times from 3 hours before to 3 hours after the change, read on both sides.
			for (const side of [-1, 1]) {
				const shown =
					change + side * 60_000 + getTimezoneOffset(zone, new Date(change + side * 60_000));
				for (let step = -180; step <= 180; step += 15) {
					const input = local(shown + step * 60_000);
					const [now, before] = [reading(input, zone), reference(input, zone)];
					if (now !== before) differ.push(`${input}: ${now}, before ${before}`);
				}
			}
		}
		expect(differ).toEqual([]);
	});

	it('agrees on ordinary times and on times written with an offset', () => {
		for (const zone of [...ZONES, 'Asia/Kolkata', 'Asia/Kathmandu', 'UTC']) {
			for (let month = 1; month <= 12; month++) {
				const input = `2024-${pad(month)}-15 ${pad((month * 7) % 24)}:${pad((month * 13) % 60)}`;
				expect(reading(input, zone), `${input} ${zone}`).toBe(reference(input, zone));
			}
			const fixed = parseEventTime('2024-03-05T23:30:00+05:30', zone);
			expect(fixed.localDate).toBe(formatInTimeZone(fixed.instant, zone, 'yyyy-MM-dd'));
		}
	});
});
