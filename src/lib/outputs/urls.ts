/** Path of a story below its language prefix, e.g. `storyPath('meta-outage-2024-03-05')` → `'meta-outage-2024-03-05/'`. */
export function storyPath(slug: string): string {
	return `${slug}/`;
}

/**
 * File name of a feed inside a page's folder, e.g. `/bn/` + `FEED_FILE`. Appended to a page URL,
 * never passed to `getRelativeLocaleUrl`, which would add the trailing slash pages get.
 */
export const FEED_FILE = 'rss.xml';

/** File name of a story edition's social card inside its page's folder, e.g. `/bn/<story>/` + `SOCIAL_CARD_FILE`. */
export const SOCIAL_CARD_FILE = 'og.png';

/** Path of a story's timeline JSON below the site's base (it is in both languages), e.g. `'meta-outage-2024-03-05/timeline.json'`. */
export function timelineJsonPath(slug: string): string {
	return `${slug}/timeline.json`;
}
