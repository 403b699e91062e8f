import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { assembleStories } from '../../src/lib/story/assembleStories';
import { editionSchema } from '../../src/lib/story/storySchema';
import { ROOT } from './site';

/** The frontmatter of an edition file, validated by the one schema. */
export function readEdition(slug: string, lang: 'bn' | 'en') {
	const text = readFileSync(join(ROOT, 'content', 'stories', slug, `${lang}.mdx`), 'utf8');
	const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
	return editionSchema.parse(parse(frontmatter));
}

/** The seed story (the 5 March 2024 Meta outage), assembled as the site assembles it. */
export function seedStory() {
	const slug = 'meta-outage-2024-03-05';
	const [story] = assembleStories([
		{ id: `${slug}/bn`, data: readEdition(slug, 'bn') },
		{ id: `${slug}/en`, data: readEdition(slug, 'en') },
	]);
	return story!;
}
