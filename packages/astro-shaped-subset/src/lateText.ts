import type { HTMLElement } from 'node-html-parser';
import { pageText, type PageText, type Weight } from './pageText.ts';

/** Text a page's scripts can write after it has loaded, which its fonts must draw too. */
export interface LateText {
	/** The elements the scripts rewrite: the text counts at the weights those are drawn at. */
	selector: string;
	/**
	 * What the scripts can write. Give many pages the same array where they share words (e.g. one
	 * list per language): the planner works out what a list needs once, by its identity.
	 */
	lists: readonly (readonly string[])[];
}

/** A built page as the `lateText` option sees it. */
export interface BuiltPage {
	/** The page, parsed with node-html-parser. */
	document: HTMLElement;
	/** The page's `<html lang>`, or `und`. */
	lang: string;
}

/** The site's answer to "what can this page's scripts write after load?" (none: undefined). */
export type LateTextOf = (page: BuiltPage) => LateText | undefined;

/**
 * The text a page's fonts must draw, by weight: its visible text (see {@link pageText}) and what
 * `lateTextOf` says its scripts can write after load (`shared`), at the weights of the elements
 * they rewrite. If none of those elements is found (markup changed), the words count at every
 * weight, so a subset never misses them.
 */
export function pageFontText(
	document: HTMLElement,
	css: string,
	lateTextOf?: LateTextOf,
): PageText {
	const lang = document.querySelector('html')?.getAttribute('lang') ?? 'und';
	const late = lateTextOf?.({ document, lang });
	const text = pageText(document, css, late?.selector);
	if (!late || late.lists.length === 0) return text;
	const weights: Weight[] =
		text.rewrittenWeights.size > 0 ? [...text.rewrittenWeights] : [400, 700];
	text.shared = late.lists.map((texts) => ({ texts, weights }));
	return text;
}
