import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/locales';
import { assembleStories, type Story } from '../lib/assembleStories';

/** A story whose editions carry their collection entries, ready to render. */
export type SiteStory = Story<CollectionEntry<'stories'>>;

/** Every published story (and, in `astro dev`, every draft), newest outage first. */
export async function getStories(): Promise<SiteStory[]> {
	const entries = await getCollection('stories');
	const stories = assembleStories(
		entries.map((entry) => ({
			id: entry.id,
			data: entry.data,
			filePath: entry.filePath,
			ref: entry,
		})),
	);
	// Drafts show in `astro dev` for preview, never in a build.
	return import.meta.env.DEV ? stories : stories.filter((s) => !s.draft);
}

/** One story by slug; throws with the slug when there is none. */
export async function getStory(slug: string | undefined): Promise<SiteStory> {
	const story = (await getStories()).find((s) => s.slug === slug);
	if (!story) throw new Error(`No story "${String(slug)}" in content/stories/`);
	return story;
}

/** The languages a story is published in. */
export function storyLangs(story: SiteStory): Lang[] {
	return (Object.keys(story.editions) as Lang[]).filter((lang) => story.editions[lang]);
}
