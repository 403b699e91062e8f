import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { assembleStories } from '../../src/lib/story/assembleStories';
import { editionSchema } from '../../src/lib/story/storySchema';

/**
 * A made-up story for component tests, as the content layer gives it: the original (Bengali)
 * edition's frontmatter is `tests/fixtures/components/<name>.yaml`, and an English translation
 * edition comes with it. Its slug is `name`. No build, no content store.
 *
 * @example
 * render(Timeline, { props: { story: fixtureStory('disputed-times'), lang: 'en' } });
 */
export function fixtureStory(name: string) {
	const file = new URL(`../fixtures/components/${name}.yaml`, import.meta.url);
	const [story] = assembleStories([
		{ id: `${name}/bn`, data: editionSchema.parse(parse(readFileSync(file, 'utf8'))) },
		{
			id: `${name}/en`,
			data: editionSchema.parse({
				title: `The ${name} fixture`,
				description: `A made-up story: ${name}.`,
				translationOf: 'bn',
			}),
		},
	]);
	return story!;
}
