import type { Lang } from '../../i18n/locales';
import { bengaliDigits } from '../../i18n/bengaliDigits';
import { dateTimeFormat } from './dateTimeFormat';

const NAMED: Record<Lang, Record<string, string>> = {
	en: {
		'Asia/Kolkata': 'IST',
		'Asia/Calcutta': 'IST',
		'Asia/Dhaka': 'Bangladesh time',
		'America/New_York': 'ET',
		'America/Los_Angeles': 'PT',
		UTC: 'UTC',
		'Etc/UTC': 'UTC',
	},
	bn: {
		'Asia/Kolkata': 'ভারতীয় সময়',
		'Asia/Calcutta': 'ভারতীয় সময়',
		'Asia/Dhaka': 'বাংলাদেশ সময়',
		'America/New_York': 'মার্কিন পূর্বাঞ্চলীয় সময়',
		'America/Los_Angeles': 'যুক্তরাষ্ট্রের প্যাসিফিক সময়',
		UTC: 'UTC',
		'Etc/UTC': 'UTC',
	},
};

/** True for zones shown as a 24-hour reference clock rather than a local time of day. */
export function isUtc(zone: string): boolean {
	return zone === 'UTC' || zone === 'Etc/UTC';
}

/**
 * Short reader-facing name of a zone, e.g. `zoneLabel('Asia/Kolkata', 'en')` → `'IST'`;
 * zones without a common name fall back to their offset at `at` (`'GMT+৫:৪৫'`).
 */
export function zoneLabel(zone: string, lang: Lang, at: Date = new Date(0)): string {
	const named = NAMED[lang][zone];
	if (named) return named;
	const part = dateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })
		.formatToParts(at)
		.find((p) => p.type === 'timeZoneName');
	const offset = part?.value ?? zone;
	return lang === 'bn' ? bengaliDigits(offset) : offset;
}

/**
 * Two names of one zone (`Asia/Calcutta`, which Chromium reports, and `Asia/Kolkata`; `Etc/UTC`
 * and `UTC`) or zones the page names alike, e.g. `sameZone('Asia/Calcutta', 'Asia/Kolkata')` → true.
 */
export function sameZone(a: string, b: string): boolean {
	return a === b || zoneLabel(a, 'en') === zoneLabel(b, 'en');
}
