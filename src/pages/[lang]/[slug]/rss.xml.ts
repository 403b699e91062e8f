import rss from '@astrojs/rss';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getAbsoluteLocaleUrl } from 'astro:i18n';
import { storyEditionPaths } from '../../../data/stories';
import { locales } from '../../../i18n/locales';
import { useTranslations } from '../../../i18n/t';
import { buildTimeline } from '../../../lib/views/buildTimeline';
import { timelineFeedItems } from '../../../lib/outputs/feeds';
import { FEED_FILE, storyPath } from '../../../lib/outputs/urls';

export const getStaticPaths = storyEditionPaths;

/** A story's timeline entries in one language: a reader follows the outage in a feed reader. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
	const { story, lang } = props;
	const t = useTranslations(lang);
	const edition = story.editions[lang]!;
	const page = getAbsoluteLocaleUrl(lang, storyPath(story.slug));
	return rss({
		title: t('feed.storyTitle', { title: edition.data.title }),
		description: t('feed.storyDescription'),
		site: page,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: `<language>${locales[lang].lang}</language><atom:link href="${page}${FEED_FILE}" rel="self" type="application/rss+xml"/>`,
		items: timelineFeedItems(buildTimeline(story, lang, story.zone), page, {
			sources: t('timeline.sources'),
			correction: t('timeline.correction'),
			otherTime: t('timeline.otherTime'),
		}),
	});
};
