import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { editionSchema } from './lib/storySchema';

/** Every story is a folder holding one MDX file per edition: `content/stories/<slug>/<lang>.mdx`. */
const stories = defineCollection({
	loader: glob({ pattern: '*/*.mdx', base: './content/stories' }),
	schema: editionSchema,
});

export const collections = { stories };
