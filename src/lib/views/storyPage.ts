import { locales, type Lang } from '../../i18n/locales';
import { useTranslations } from '../../i18n/t';
import { storyJsonLd, type JsonLd } from '../outputs/jsonLd';
import type { SeoImage } from '../outputs/seoMeta';
import { SOCIAL_CARD_SIZE } from '../outputs/socialCard';
import { socialCardLines } from '../outputs/socialCardLines';
import { FEED_FILE, SOCIAL_CARD_FILE, storyPath, timelineJsonPath } from '../outputs/urls';
import type { Story } from '../story/assembleStories';
import { buildTimeline } from './buildTimeline';

/** How the site builds its links: Astro's i18n helpers and its base path, passed in. */
export interface SiteLinks {
	/** e.g. `getAbsoluteLocaleUrl` from `astro:i18n`. */
	absolute: (lang: Lang, path?: string) => string;
	/** e.g. `getRelativeLocaleUrl` from `astro:i18n`. */
	relative: (lang: Lang, path?: string) => string;
	/** `import.meta.env.BASE_URL`. */
	base: string;
}

/** Everything a story page renders around its MDX body, for one edition. */
export interface StoryPageData {
	title: string;
	description: string;
	/** Below the language prefix, e.g. `'meta-outage-2024-03-05/'`. */
	path: string;
	langs: Lang[];
	translationOf?: Lang | undefined;
	translationPending?: Lang | undefined;
	/** The story's first publication and last update (`…Z`), when its file gives them. */
	published?: string | undefined;
	modified?: string | undefined;
	/** The edition's timeline feed and the story's timeline.json, as page links. */
	feed: string;
	json: string;
	jsonLd: JsonLd[];
	/** The edition's social card (its `og.png`), for link previews. */
	ogImage: SeoImage;
}

/** The languages a story is published in. */
export function storyLangs(story: Pick<Story, 'editions'>): Lang[] {
	return (Object.keys(story.editions) as Lang[]).filter((lang) => story.editions[lang]);
}

/**
 * What the page of `story` in `lang` renders, from the resolved story: the same data feeds its
 * head, its JSON-LD and its links, e.g. `storyPage(story, 'en', links).jsonLd[0].headline`.
 */
export function storyPage(story: Story, lang: Lang, links: SiteLinks): StoryPageData {
	const edition = story.editions[lang]!.data;
	const t = useTranslations(lang);
	const path = storyPath(story.slug);
	const langs = storyLangs(story);
	const ref = (l: Lang) => ({ inLanguage: locales[l].lang, url: links.absolute(l, path) });
	const published = story.published?.toISOString();
	const modified = story.updated?.toISOString();
	const card = socialCardLines(story, lang);
	return {
		title: edition.title,
		description: edition.description,
		path,
		langs,
		translationOf: edition.translationOf,
		translationPending: story.translationPending,
		published,
		modified,
		feed: `${links.relative(lang, path)}${FEED_FILE}`,
		json: `${links.base}${timelineJsonPath(story.slug)}`,
		ogImage: {
			url: `${links.absolute(lang, path)}${SOCIAL_CARD_FILE}`,
			...SOCIAL_CARD_SIZE,
			alt: [card.siteName, edition.title, card.statusLine, card.spanLine].join(' · '),
		},
		jsonLd: storyJsonLd({
			lang,
			inLanguage: locales[lang].lang,
			url: links.absolute(lang, path),
			title: edition.title,
			description: edition.description,
			site: { name: t('site.name'), url: links.absolute(lang) },
			alternates: langs.map(ref),
			original: edition.translationOf ? ref(edition.translationOf) : undefined,
			datePublished: published,
			// Only an update time an editor wrote is a modification date; the latest entry's is not.
			dateModified: modified,
			timeline: buildTimeline(story, lang, story.zone),
			otherTimeLabel: t('timeline.otherTime'),
		}),
	};
}
