import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { storiesCollectionSchema } from './lib/storySchema';

/** Every story is a folder holding one MDX file per edition: `content/stories/<slug>/<lang>.mdx`. */
const stories = defineCollection({
	loader: glob({ pattern: '*/*.mdx', base: './content/stories' }),
	// The schema's messages name the entry, the field and a valid example (see storySchema.ts).
	schema: storiesCollectionSchema,
});

export const collections = { stories };
