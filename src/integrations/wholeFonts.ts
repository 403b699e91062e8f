/**
 * Pages that get whole fonts, not per-page subsets (astro-shaped-subset's `wholeFonts`): any page
 * marked `data-font-subset="full"`, and the search page (its Pagefind bundle, named in
 * `data-bundle`), whose results are text that arrives after load.
 */
export const WHOLE_FONTS = '[data-font-subset="full"], [data-bundle$="/pagefind/"]';
