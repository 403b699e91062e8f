import { getRelativeLocaleUrl } from 'astro:i18n';
import type { Lang } from '../i18n/locales';
import { storyPath } from '../lib/outputs/urls';
import { storyListPages, type StoryListPage } from '../lib/views/storyListPages';
import { storySummary, type StoryListItem } from '../lib/views/storySummary';
import { getStories } from './stories';

/** A language's story list, newest outage first, in pages (`storyListPages`). */
export async function storyList(lang: Lang): Promise<StoryListPage<StoryListItem>[]> {
	// getStories() is newest outage first.
	const items = (await getStories())
		.filter((s) => s.editions[lang])
		.map((story) => ({
			href: getRelativeLocaleUrl(lang, storyPath(story.slug)),
			title: story.editions[lang]!.data.title,
			description: story.editions[lang]!.data.description,
			...storySummary(story, lang),
		}));
	return storyListPages(items);
}
