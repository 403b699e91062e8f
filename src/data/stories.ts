import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/locales';
import { assembleStories, type Story } from '../lib/assembleStories';

/** A story whose editions carry their collection entries, ready to render. */
export type SiteStory = Story<CollectionEntry<'stories'>>;

function loadStories(entries: CollectionEntry<'stories'>[]): SiteStory[] {
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
 * The stories are assembled (every timeline time parsed) once per content state, not once per
 * component per page: Timeline, PostQuote, StatusSummary and the page each ask, and with N
 * stories that made a build O(N²) and a dev request take seconds. In a build the content cannot
 * change, so the first result is kept. In `astro dev` the result is kept while every entry's
 * content digest is unchanged, so a saved edit shows on the next request.
 */
let memo:
	| {
			key: string;
			stories: SiteStory[];
			bySlug: Map<string, SiteStory>;
	  }
	| undefined;

function contentKey(entries: CollectionEntry<'stories'>[]): string | undefined {
	const parts: string[] = [];
	for (const entry of entries) {
		const digest = (entry as { digest?: unknown }).digest;
		if (typeof digest !== 'string') return undefined; // no digest: cannot tell, assemble afresh
		parts.push(`${entry.id}\u0000${digest}`);
	}
	return parts.join('\u0001');
}

async function stories(): Promise<NonNullable<typeof memo>> {
	if (memo && !import.meta.env.DEV) return memo;
	const entries = await getCollection('stories');
	const key = import.meta.env.DEV ? contentKey(entries) : '';
	if (memo && key !== undefined && memo.key === key) return memo;
	const all = loadStories(entries);
	const fresh = {
		key: key ?? '',
		stories: all,
		bySlug: new Map(all.map((s) => [s.slug, s])),
	};
	if (key !== undefined) memo = fresh;
	return fresh;
}

/** Every published story (and, in `astro dev`, every draft), newest outage first. */
export async function getStories(): Promise<SiteStory[]> {
	return [...(await stories()).stories];
}

/** One story by slug; throws with the slug when there is none. */
export async function getStory(slug: string | undefined): Promise<SiteStory> {
	const story = slug === undefined ? undefined : (await stories()).bySlug.get(slug);
	if (!story) throw new Error(`No story "${String(slug)}" in content/stories/`);
	return story;
}

/** The story a component was handed, or the one its slug names, e.g. `storyFrom(Astro.params.slug)`. */
export async function storyFrom(given: string | Story | undefined): Promise<Story> {
	return typeof given === 'object' ? given : getStory(given);
}

/** The languages a story is published in. */
export function storyLangs(story: SiteStory): Lang[] {
	return (Object.keys(story.editions) as Lang[]).filter((lang) => story.editions[lang]);
}
