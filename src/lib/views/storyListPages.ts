import type { Lang } from '../../i18n/locales';
import { useTranslations } from '../../i18n/t';
import { localDigits } from '../../i18n/digits';

/** Stories a list page shows: the newest twenty, then older ones on pages of their own. */
export const STORIES_PER_PAGE = 20;

/** One page of a language's story list. */
export interface StoryListPage<T> {
	items: T[];
	/** 1 for the language's home page. */
	page: number;
	pages: number;
}

/**
 * A language's story list cut into pages of `size`, newest first as given; an empty list is one
 * empty page, e.g. `storyListPages(stories).length` → `50` for 1,000 stories. A home page that
 * listed every story would grow with the archive (1,000 stories: about 50 KB on a first visit).
 */
export function storyListPages<T>(
	items: readonly T[],
	size = STORIES_PER_PAGE,
): StoryListPage<T>[] {
	const pages = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: pages }, (_, i) => ({
		items: items.slice(i * size, (i + 1) * size),
		page: i + 1,
		pages,
	}));
}

/** Where a list page lives below the language's prefix: `''` for page 1, else `page/<n>/`. */
export function storyListPath(page: number): string {
	return page === 1 ? '' : `page/${page}/`;
}

/** Which page of how many, in the page's language, e.g. `'পৃষ্ঠা ২ (মোট ৩)'` / `'Page 2 of 3'`. */
export function storyListPageLabel(
	list: Pick<StoryListPage<unknown>, 'page' | 'pages'>,
	lang: Lang,
): string {
	return useTranslations(lang)('index.pageOf', {
		page: localDigits(list.page, lang),
		pages: localDigits(list.pages, lang),
	});
}
