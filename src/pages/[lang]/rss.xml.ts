import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getAbsoluteLocaleUrl } from 'astro:i18n';
import { getStories } from '../../data/stories';
import { langs, locales } from '../../i18n/locales';
import { useTranslations } from '../../i18n/t';
import { storyFeedItems } from '../../lib/outputs/feeds';
import { storySummary } from '../../lib/views/storySummary';
import { FEED_FILE, storyPath } from '../../lib/outputs/urls';

export const getStaticPaths = (async () => {
	const stories = await getStories();
	return langs.map((lang) => ({
		params: { lang },
		props: { lang, stories: stories.filter((story) => story.editions[lang]) },
	}));
}) satisfies GetStaticPaths;

/** The stories published in one language, newest outage first. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
	const { lang, stories } = props;
	const t = useTranslations(lang);
	return rss({
		title: t('feed.siteTitle'),
		description: t('index.description'),
		site: getAbsoluteLocaleUrl(lang),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>${locales[lang].lang}</language><atom:link href="${getAbsoluteLocaleUrl(lang)}${FEED_FILE}" rel="self" type="application/rss+xml"/>`,
		items: storyFeedItems(
			stories.map((story) => {
				const summary = storySummary(story, lang);
				return {
					title: story.editions[lang]!.data.title,
					description: story.editions[lang]!.data.description,
					url: getAbsoluteLocaleUrl(lang, storyPath(story.slug)),
					date: summary.date?.text,
					duration: summary.duration?.text ?? summary.noEnd,
				};
			}),
		),
	});
};
