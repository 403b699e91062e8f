import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { dayInstant, formatCalendarDate, formatClockTime } from '../../src/lib/time/zonedClock';
import { orderForZone } from '../../src/lib/views/timelineOrder';
import { zoneSwitcherText } from '../../src/lib/views/zoneSwitcherText';
import { zoneSwitcherPageText } from '../support/zoneSwitcherPageText';

const ZONES = Intl.supportedValuesOf('timeZone');
/** Instants spread over 2024–2031, so dates, offsets and daylight saving vary. */
const INSTANTS = Array.from(
	{ length: 16 },
	(_, i) => new Date(Date.UTC(2024, 0, 1) + i * 181 * 86_400_000 + i * 997 * 60_000),
);

/** A text's words; a number (a year, a day) counts digit by digit: digits are not shaped together. */
const words = (text: string) =>
	text
		.split(/[\s,]+/)
		.filter(Boolean)
		.flatMap((word) => (/^[\d০-৯]+$/.test(word) ? [...word] : [word]));

describe('zoneSwitcherText', () => {
	for (const lang of ['bn', 'en'] as const) {
		// Glyphs depend on whole words (Bengali conjuncts are shaped within a word), so the check is
		// by word, not by character.
		it(`holds every word the switcher can write in ${lang}, in any zone`, () => {
			const covered = new Set(
				words(zoneSwitcherText(lang, locales[lang].intl, INSTANTS).join(' ')),
			);
			const missing = new Set<string>();
			for (const zone of ZONES) {
				const texts = [
					...INSTANTS.flatMap((instant) => [
						formatClockTime(instant, false, lang, zone),
						formatClockTime(instant, true, lang, zone),
					]),
					// The headings as the script writes them (zoneSwitcher.ts).
					...orderForZone(
						INSTANTS.map((instant) => ({ instant })),
						zone,
					)
						.filter((place) => place.opensDay)
						.map((place) =>
							formatCalendarDate(dayInstant(place.day), lang, locales[lang].intl, 'UTC'),
						),
				] as string[];
				for (const word of words(texts.join(' '))) {
					if (!covered.has(word)) missing.add(`${word} (${zone})`);
				}
			}
			expect([...missing].slice(0, 10)).toEqual([]);
		});
	}

	it('includes the Bengali clock words that the story’s own times never use', () => {
		const text = zoneSwitcherText('bn', 'bn-IN', [new Date('2024-03-05T15:00:00Z')]);
		expect(text).toContain('বাংলাদেশ সময় ভোর সোয়া ৫টা');
		expect(text).toContain('ভারতীয় সময় দুপুর দেড়টা নাগাদ');
		// 15:00 UTC on 5 March is already 6 March east of UTC+9, and still 5 March in the west.
		expect(text).toContain('বুধবার, ৬ মার্চ, ২০২৪');
		expect(text).not.toContain('বৃহস্পতিবার, ৭ মার্চ, ২০২৪');
	});
});

describe('zoneSwitcherPageText', () => {
	it('reads the language and the zoned instants from a built page', () => {
		const html = `<html lang="bn"><body>
			<div class="zone-switcher" data-lang="bn" data-intl="bn-IN" data-story-zone="Asia/Kolkata"></div>
			<time datetime="2024-03-05T15:00:00.000Z" data-zoned="approximate">…</time>
			<time datetime="2024-03-05">৫ মার্চ</time></body></html>`;
		const text = zoneSwitcherPageText(html);
		expect(text).toContain('বুধবার, ৬ মার্চ, ২০২৪');
		expect(text).toContain('UTC ১৫:০০ নাগাদ');
		expect(text).not.toContain('Wednesday, 6 March 2024');
	});

	it('adds nothing to a page without a zone switcher', () => {
		expect(zoneSwitcherPageText('<html lang="bn"><body><p>ঘটনাক্রম</p></body></html>')).toEqual([]);
	});
});
