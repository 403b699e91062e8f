import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/locales';
import { storyLangs } from '../lib/routes/storyPage';
import { newsroomFromEnv } from '../lib/views/siteFooter';
import {
	assembleStories,
	newestOutageFirst,
	parseEditionId,
	type Story,
} from '../lib/story/assembleStories';

/** A story whose editions carry their collection entries, ready to render. */
export type SiteStory = Story<CollectionEntry<'stories'>>;

type StoryEntry = CollectionEntry<'stories'>;

const editionFile = (entry: StoryEntry) => ({
	id: entry.id,
	data: entry.data,
	filePath: entry.filePath,
	ref: entry,
});

/**
 * `astro dev` evaluates this module again after every content change; assembling every story
 * again (every timeline resolved) would make each edit wait on all of them. So in dev the
 * assembled stories are kept here, one per slug under the ids and content digests of its
 * editions, and an edit re-assembles only the story it touched. The store belongs to the `assembleStories` it was made
 * with: a change to that code makes a new function and so a new store, and a change to the
 * content makes new digests.
 */
interface DevStore {
	assemble: typeof assembleStories;
	bySlug: Map<string, { key: string; story: SiteStory }>;
}
const DEV_STORE = Symbol.for('somoyrekha.assembledStories');

function devStore(): DevStore {
	const holder = globalThis as { [DEV_STORE]?: DevStore };
	const store = holder[DEV_STORE];
	if (store?.assemble === assembleStories) return store;
	return (holder[DEV_STORE] = { assemble: assembleStories, bySlug: new Map() });
}

/** `<id> <digest> <file>` of each edition, or undefined when an entry has no digest. */
function editionsKey(entries: readonly StoryEntry[]): string | undefined {
	const parts: string[] = [];
	for (const entry of entries) {
		const digest = (entry as { digest?: unknown }).digest;
		if (typeof digest !== 'string') return undefined; // no digest: cannot tell, assemble afresh
		parts.push(`${entry.id}\u0000${digest}\u0000${entry.filePath ?? ''}`);
	}
	return parts.join('\u0001');
}

/** In `astro dev`: every story and draft, assembling again only those whose editions changed. */
function devStories(entries: StoryEntry[]): SiteStory[] {
	const store = devStore();
	const groups = new Map<string, StoryEntry[]>();
	for (const entry of entries) {
		const { slug } = parseEditionId(entry.id);
		const group = groups.get(slug);
		if (group) group.push(entry);
		else groups.set(slug, [entry]);
	}
	const kept: SiteStory[] = [];
	const changed: StoryEntry[] = [];
	const keys = new Map<string, string | undefined>();
	for (const [slug, group] of groups) {
		const key = editionsKey(group);
		keys.set(slug, key);
		const held = store.bySlug.get(slug);
		if (key !== undefined && held?.key === key) {
			// Same content: the same story, with this request's collection entries to render.
			const editions: SiteStory['editions'] = {};
			for (const entry of group) editions[parseEditionId(entry.id).lang] = editionFile(entry);
			kept.push({ ...held.story, editions });
		} else changed.push(...group);
	}
	// Every changed story at once, so an invalid one throws with all the problems together.
	const fresh = changed.length ? assembleStories(changed.map(editionFile)) : [];
	for (const story of fresh) {
		const key = keys.get(story.slug);
		if (key !== undefined) store.bySlug.set(story.slug, { key, story });
	}
	for (const slug of store.bySlug.keys()) if (!groups.has(slug)) store.bySlug.delete(slug);
	// Drafts show in `astro dev` for preview, never in a build.
	return [...kept, ...fresh].sort(newestOutageFirst);
}

/**
 * A build's stories, assembled once, when this module is first evaluated (as Starlight makes its
 * routes): the content cannot change during a build; drafts are never published.
 */
const built: SiteStory[] | undefined = import.meta.env.DEV
	? undefined
	: assembleStories((await getCollection('stories')).map(editionFile)).filter((s) => !s.draft);

/** Every published story (and, in `astro dev`, every draft), newest outage first. */
export async function getStories(): Promise<SiteStory[]> {
	return built ? [...built] : devStories(await getCollection('stories'));
}

/**
 * What a story's pages are made from, as a key for Astro's incremental build
 * (`experimental.incrementalBuild`): the id and content digest of each of its edition files. A
 * page whose key and code are unchanged since the last build is copied from Astro's cache instead
 * of rendered again; Astro tracks the code (the page's modules, the config, the lockfile) itself.
 * A story page shows only its own story, so no other story's change can alter it. Spread into a
 * `getStaticPaths()` item; without a digest for every edition there is no key (the page is
 * always rendered).
 */
export function storyCacheKey(story: SiteStory): { cacheKey: string } | Record<string, never> {
	const parts: string[] = [];
	for (const edition of Object.values(story.editions)) {
		if (!edition) continue;
		const digest = (edition.ref as { digest?: unknown }).digest;
		if (typeof digest !== 'string') return {};
		parts.push(`${edition.id}:${digest}`);
	}
	// The footer's newsroom settings (the environment) are on every page, and Astro does not track them.
	parts.push(`newsroom:${JSON.stringify(newsroomFromEnv(process.env))}`);
	return { cacheKey: parts.sort().join(' ') };
}

/**
 * `getStaticPaths` of a route per story edition (`[lang]/[slug]/…`): the story and language as
 * props, and the story's cache key (unchanged stories are copied from the last build).
 */
export async function storyEditionPaths() {
	return (await getStories()).flatMap((story) =>
		storyLangs(story).map((lang: Lang) => ({
			params: { lang, slug: story.slug },
			props: { story, lang },
			...storyCacheKey(story),
		})),
	);
}
