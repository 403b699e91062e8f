import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAbsoluteLocaleUrl } from 'astro:i18n';
import { getStories } from '../../data/stories';
import { langs, locales, type Lang } from '../../i18n/locales';
import { useTranslations } from '../../i18n/t';
import { storyFeedItems } from '../../lib/outputs/feeds';
import { storySummary } from '../../lib/views/storySummary';
import { FEED_FILE, storyPath } from '../../lib/outputs/urls';

export const getStaticPaths = (() =>
	langs.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/** The stories published in one language, newest outage first. */
export const GET: APIRoute = async ({ params }) => {
	const lang = params.lang as Lang;
	const t = useTranslations(lang);
	const stories = (await getStories()).filter((story) => story.editions[lang]);
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
