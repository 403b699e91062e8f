import { resolve, sep } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { flushContentStore, isFlushRequest, STORIES_LOADER } from './lib/contentFlush';
import { settledWatcher } from './lib/settledWatcher';
import { storiesCollectionSchema } from './lib/storySchema';

// STORIES_DIR points the site at another folder of stories (the benchmark's synthetic ones).
const storiesBase = process.env.STORIES_DIR ?? './content/stories';
const storyFiles = glob({ pattern: '*/*.mdx', base: storiesBase });

/** After the loader has stored a saved story file, the store is written at once. */
const storiesFolder = resolve(storiesBase) + sep;
const afterStoryChange = (path: string) => {
	// The watcher is the dev server's: it reports every file, the content store's own included.
	if (resolve(path).startsWith(storiesFolder) && path.endsWith('.mdx')) flushContentStore();
};

/** Every story is a folder holding one MDX file per edition: `content/stories/<slug>/<lang>.mdx`. */
const stories = defineCollection({
	// Astro's glob loader, which in `astro dev` reads a saved file once the save has finished (an
	// editor that saves in place could otherwise lose the change; see settledWatcher.ts) and then
	// has the content store written at once (see contentFlush.ts).
	loader: {
		name: STORIES_LOADER,
		load: async (context) => {
			// A sync asked for only so that Astro writes its store: the change is already stored.
			if (isFlushRequest(context.refreshContextData)) return;
			await storyFiles.load(
				context.watcher
					? {
							...context,
							watcher: settledWatcher(context.watcher, 50, afterStoryChange),
						}
					: context,
			);
		},
	},
	// The schema's messages name the entry, the field and a valid example (see storySchema.ts).
	schema: storiesCollectionSchema,
});

export const collections = { stories };
