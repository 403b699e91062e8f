import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { dayHeadings, formatClockTime } from '../../src/lib/zonedClock';
import { zoneSwitcherText } from '../../src/lib/zoneSwitcherText';

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
			const covered = new Set(words(zoneSwitcherText(lang, locales[lang].intl).join(' ')));
			const missing = new Set<string>();
			for (const zone of ZONES) {
				const texts = [
					...INSTANTS.flatMap((instant) => [
						formatClockTime(instant, false, lang, zone),
						formatClockTime(instant, true, lang, zone),
					]),
					...dayHeadings(INSTANTS, lang, locales[lang].intl, zone).filter(Boolean),
				] as string[];
				for (const word of words(texts.join(' '))) {
					if (!covered.has(word)) missing.add(`${word} (${zone})`);
				}
			}
			expect([...missing].slice(0, 10)).toEqual([]);
		});
	}

	it('includes the Bengali clock words that the story’s own times never use', () => {
		const text = zoneSwitcherText('bn', 'bn-IN');
		expect(text).toContain('বাংলাদেশ সময় ভোর সোয়া ৫টা');
		expect(text).toContain('ভারতীয় সময় দুপুর দেড়টা নাগাদ');
		expect(text).toContain('বুধবার, ৩১ জুলাই, ২০২৪');
	});
});
