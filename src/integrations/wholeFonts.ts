/**
 * Pages that get whole fonts, not per-page subsets (astro-shaped-subset's `wholeFonts`): any page
 * marked `data-font-subset="full"`, and the search page (its Pagefind bundle, named in
 * `data-bundle`), whose results are text that arrives after load.
 */
export const WHOLE_FONTS = '[data-font-subset="full"], [data-bundle$="/pagefind/"]';

/**
 * The family those pages get the whole faces under (astro-shaped-subset's `lateFamily`;
 * `{family}` is the face's own): `'Noto Sans Bengali Whole'`, not preloaded. The page's own text
 * keeps its subsets; src/styles/global.css gives this family to the search results, the status
 * line that repeats the query and the typed query, so the whole faces are fetched once the reader
 * types, not before.
 */
export const LATE_FAMILY = '{family} Whole';
