import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Lang } from '../../src/i18n/locales';
import { storyPage, type StoryPageData } from '../../src/lib/routes/storyPage';
import { assembleStories, type Story } from '../../src/lib/story/assembleStories';
import { editionSchema } from '../../src/lib/story/storySchema';

/**
 * A made-up story for component tests, as the content layer gives it: the original (Bengali)
 * edition's frontmatter is `tests/fixtures/components/<name>.yaml`, and an English translation
 * edition comes with it. Its slug is `name`. No build, no content store.
 *
 * @example
 * render(Timeline, { props: fixturePage(fixtureStory('disputed-times'), 'en') });
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

/**
 * What the story page of `story` in `lang` hands its components (`storyPage`, with example.org
 * links): spread as props, each component takes its part (`timeline`, `summary`, `quotes`).
 */
export function fixturePage(
	story: Story,
	lang: Lang,
): { [K in keyof StoryPageData]: StoryPageData[K] } {
	return storyPage(story, lang, {
		absolute: (l, path = '') => `https://example.org/${l}/${path}`,
		relative: (l, path = '') => `/${l}/${path}`,
		base: '/',
	});
}
