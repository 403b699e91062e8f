import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/locales';
import { assembleStories, type Story } from '../lib/assembleStories';

/** A story whose editions carry their collection entries, ready to render. */
export type SiteStory = Story<CollectionEntry<'stories'>>;

async function loadStories(): Promise<SiteStory[]> {
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

/**
 * In a build the content cannot change, so the stories are assembled (every timeline time
 * parsed) once, not once per component per page: Timeline, PostQuote, StatusSummary and the page
 * each ask, and with N stories that made a build O(N²). `astro dev` assembles afresh on each
 * call, so a saved edit shows on the next request.
 */
let memo: { stories: Promise<SiteStory[]>; bySlug: Promise<Map<string, SiteStory>> } | undefined;

function stories(): NonNullable<typeof memo> {
	if (memo) return memo;
	const all = loadStories();
	const fresh = { stories: all, bySlug: all.then((list) => new Map(list.map((s) => [s.slug, s]))) };
	if (!import.meta.env.DEV) memo = fresh;
	return fresh;
}

/** Every published story (and, in `astro dev`, every draft), newest outage first. */
export async function getStories(): Promise<SiteStory[]> {
	return [...(await stories().stories)];
}

/** One story by slug; throws with the slug when there is none. */
export async function getStory(slug: string | undefined): Promise<SiteStory> {
	const story = slug === undefined ? undefined : (await stories().bySlug).get(slug);
	if (!story) throw new Error(`No story "${String(slug)}" in content/stories/`);
	return story;
}

/** The languages a story is published in. */
export function storyLangs(story: SiteStory): Lang[] {
	return (Object.keys(story.editions) as Lang[]).filter((lang) => story.editions[lang]);
}
