import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { settledWatcher } from './lib/editor/settledWatcher';
import { storiesCollectionSchema } from './lib/story/storySchema';

// STORIES_DIR points the site at another folder of stories (the benchmark's synthetic ones).
const storyFiles = glob({
	pattern: '*/*.mdx',
	// `||`, as the story check reads it: an empty STORIES_DIR means the default, for both.
	base: process.env.STORIES_DIR || './content/stories',
	// Nothing reads an entry's raw MDX text (pages render the compiled MDX): left out of the
	// content store, which astro dev then writes and reloads faster after each save.
	retainBody: false,
});

/** Every story is a folder holding one MDX file per edition: `content/stories/<slug>/<lang>.mdx`. */
const stories = defineCollection({
	// Astro's glob loader, which in `astro dev` reads a saved file once the save has finished
	// (an editor that saves in place could otherwise lose the change; see settledWatcher.ts).
	loader: {
		name: storyFiles.name,
		load: (context) =>
			storyFiles.load(
				context.watcher ? { ...context, watcher: settledWatcher(context.watcher) } : context,
			),
	},
	// The schema's messages name the entry, the field and a valid example (see storySchema.ts).
	// The MDX loader parses frontmatter with Astro's own helper (js-yaml); check:content reads
	// every file through readStoryFile, which calls that same helper and refuses what the two
	// readings could disagree on (anchors, aliases, merge keys, tags, an early --- line).
	// `npm run build` runs that check first and `astro dev` shows its problems (contentCheck.ts).
	schema: storiesCollectionSchema,
});

export const collections = { stories };
