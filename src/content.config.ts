import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { storiesCollectionSchema } from './lib/storySchema';

/** Every story is a folder holding one MDX file per edition: `content/stories/<slug>/<lang>.mdx`. */
const stories = defineCollection({
	// STORIES_DIR points the site at another folder of stories (the benchmark's synthetic ones).
	loader: glob({ pattern: '*/*.mdx', base: process.env.STORIES_DIR ?? './content/stories' }),
	// The schema's messages name the entry, the field and a valid example (see storySchema.ts).
	schema: storiesCollectionSchema,
});

export const collections = { stories };
