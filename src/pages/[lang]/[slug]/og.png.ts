import type { APIRoute, GetStaticPaths } from 'astro';
import { getStories, getStory, storyCacheKey, storyLangs } from '../../../data/stories';
import type { Lang } from '../../../i18n/locales';
import { renderSocialCard } from '../../../lib/outputs/socialCard';
import { socialCardLines } from '../../../lib/outputs/socialCardLines';

export const getStaticPaths = (async () =>
	(await getStories()).flatMap((story) =>
		storyLangs(story).map((lang) => ({
			params: { lang, slug: story.slug },
			// Unchanged stories' cards are copied from the last build, like their pages.
			...storyCacheKey(story),
		})),
	)) satisfies GetStaticPaths;

/** A story edition's social card (og:image), drawn at build time: docs/SOCIAL-CARD.md. */
export const GET: APIRoute = async ({ params }) => {
	const lang = params.lang as Lang;
	const story = await getStory(params.slug);
	const png = await renderSocialCard({
		title: story.editions[lang]!.data.title,
		lang,
		...socialCardLines(story, lang),
	});
	return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
