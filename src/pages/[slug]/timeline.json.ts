import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getAbsoluteLocaleUrl } from 'astro:i18n';
import { getStories, storyCacheKey } from '../../data/stories';
import { storyLangs } from '../../lib/routes/storyPage';
import { timelineJson } from '../../lib/outputs/timelineJson';
import { storyPath } from '../../lib/outputs/urls';

export const getStaticPaths = (async () =>
	(await getStories()).map((story) => ({
		params: { slug: story.slug },
		props: { story },
		...storyCacheKey(story),
	}))) satisfies GetStaticPaths;

/** A story's timeline as open data, in both languages (docs/TIMELINE-JSON.md). */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
	const { story } = props;
	const editions = Object.fromEntries(
		storyLangs(story).map((lang) => [
			lang,
			{
				title: story.editions[lang]!.data.title,
				description: story.editions[lang]!.data.description,
				url: getAbsoluteLocaleUrl(lang, storyPath(story.slug)),
			},
		]),
	);
	const body = timelineJson({ ...story, editions });
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
