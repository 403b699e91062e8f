import { getCollection, type CollectionEntry } from 'astro:content';
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
 * `astro dev` re-evaluates this module after every content change (the `astro:content` module it
 * imports is invalidated), so what it kept is lost each time, and assembling every story again
 * (every timeline time parsed) took seconds at 1,000 stories. The assembled stories are kept
 * here instead, one per slug under the ids and content digests of its editions, so an edit
 * re-assembles only the story it touched. The store belongs to the `assembleStories` it was
 * made with: a change to that code (or anything it imports) makes a new function and so a new
 * store, and a change to the content makes new digests.
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

/** Assembles the stories, in `astro dev` only those whose editions changed since last time. */
function loadStories(entries: StoryEntry[]): SiteStory[] {
	if (!import.meta.env.DEV) {
		// A build: the content cannot change; drafts are never published.
		return assembleStories(entries.map(editionFile)).filter((s) => !s.draft);
	}
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
 * The stories are assembled once per content state, not once per component per page: Timeline,
 * PostQuote, StatusSummary and the page each ask, and with N stories that made a build O(N²).
 * In a build the content cannot change, so the first result is kept. In `astro dev` the result
 * is kept while every entry's content digest is unchanged, so a saved edit shows on the next
 * request (and only the edited story is assembled again, see DevStore).
 */
let memo:
	| {
			key: string;
			stories: SiteStory[];
			bySlug: Map<string, SiteStory>;
	  }
	| undefined;

async function stories(): Promise<NonNullable<typeof memo>> {
	if (memo && !import.meta.env.DEV) return memo;
	const entries = await getCollection('stories');
	const key = import.meta.env.DEV ? editionsKey(entries) : '';
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

export { storyLangs } from '../lib/views/storyPage';

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
