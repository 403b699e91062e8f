import { parse } from 'node-html-parser';
import type { Lang } from '../../src/i18n/locales';
import { zoneSwitcherText } from '../../src/lib/views/zoneSwitcherText';

/**
 * What the zone switcher can write on a built page, worked out the long way for the tests to
 * check the build's shortcut (src/integrations/zoneSwitcherLateText.ts) against: `[]` without a
 * switcher; otherwise {@link zoneSwitcherText} for the page's language and the instants of its
 * `<time data-zoned>` elements, which are what the switcher's script reads.
 */
export function zoneSwitcherPageText(html: string): string[] {
	const document = parse(html);
	const switcher = document.querySelector('.zone-switcher');
	const lang = switcher?.getAttribute('data-lang');
	const intl = switcher?.getAttribute('data-intl');
	if ((lang !== 'bn' && lang !== 'en') || !intl) return [];
	const instants = document
		.querySelectorAll('time[data-zoned]')
		.map((time) => new Date(time.getAttribute('datetime') ?? ''))
		.filter((d) => !Number.isNaN(d.getTime()));
	return zoneSwitcherText(lang satisfies Lang, intl, instants);
}
