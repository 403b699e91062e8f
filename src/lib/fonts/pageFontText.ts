import { zoneSwitcherPageText } from '../zoneSwitcherText';
import { pageText, type PageText, type Weight } from './pageText';

/**
 * What the zone switcher's script (ZoneSwitcher.astro) rewrites when a reader picks another zone:
 * zoned times, the timeline's intro line, its date headings and the local zone's label.
 */
export const ZONE_SWITCHED = 'time[data-zoned], [data-intro], .date, [data-local-label]';

/**
 * The text a page's fonts must draw, by weight: its visible text (see {@link pageText}) and the
 * words the zone switcher can write after load, at the weights of the elements it rewrites. If a
 * page has a switcher but none of those elements is found (markup changed), its words count at
 * every weight, so a subset never misses them.
 */
export function pageFontText(html: string, css: string): PageText {
	const text = pageText(html, css, ZONE_SWITCHED);
	const extra = zoneSwitcherPageText(html);
	if (extra.length === 0) return text;
	const weights: Weight[] =
		text.rewrittenWeights.size > 0 ? [...text.rewrittenWeights] : [400, 700];
	text.all.push(...extra);
	for (const w of weights) text.byWeight[w].push(...extra);
	return text;
}
