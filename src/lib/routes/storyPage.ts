import { locales, type Lang } from '../../i18n/locales';
import { useTranslations } from '../../i18n/t';
import { storyJsonLd, type JsonLd } from '../outputs/jsonLd';
import type { SeoImage } from '../outputs/seoMeta';
import { SOCIAL_CARD_SIZE } from '../outputs/socialCard';
import { socialCardLines } from '../outputs/socialCardLines';
import { FEED_FILE, SOCIAL_CARD_FILE, storyPath, timelineJsonPath } from '../outputs/urls';
import type { Story } from '../story/assembleStories';
import { buildPostQuote, type PostQuoteView } from '../views/buildPostQuote';
import { buildStatusSummary, type StatusSummaryView } from '../views/buildStatusSummary';
import {
	buildTimeline,
	datelineEvent,
	type TimelineItem,
	type TimelineView,
} from '../views/buildTimeline';

/** How the site builds its links: Astro's i18n helpers and its base path, passed in. */
export interface SiteLinks {
	/** e.g. `getAbsoluteLocaleUrl` from `astro:i18n`. */
	absolute: (lang: Lang, path?: string) => string;
	/** e.g. `getRelativeLocaleUrl` from `astro:i18n`. */
	relative: (lang: Lang, path?: string) => string;
	/** `import.meta.env.BASE_URL`. */
	base: string;
}

/** What `<Timeline />` renders: the timeline in the story's zone, and the no-JavaScript list. */
export interface TimelinePart {
	lang: Lang;
	view: TimelineView;
	/** The entries in Bangladesh time, for readers without JavaScript; absent when the story's zone is it. */
	dhaka?: TimelineItem[] | undefined;
}

/** What `<StatusSummary />` renders. */
export interface SummaryPart {
	lang: Lang;
	view: StatusSummaryView;
}

/** What `<PostQuote entry="…" />` renders: the quote of an entry, worded for the page. */
export interface QuotesPart {
	lang: Lang;
	/** Throws, naming the entry, when it does not exist or quotes nothing (`buildPostQuote`). */
	quote: (entry: string) => PostQuoteView;
}

/** The dateline under the standfirst (`<Dateline />`): its stamps are worded in the story's zone. */
export interface DatelinePart {
	lang: Lang;
	zone: string;
	/** When the story was first published; absent where the sources do not say. */
	published?: Date | undefined;
	/** When an editor last changed the story; absent when never. */
	updated?: Date | undefined;
	/** The byline or desk line, as the story file gives it. */
	byline?: string | undefined;
	/** The day of the event (its first timed entry's instant), labelled as such, not as a publication time. */
	event?: Date | undefined;
}

/** Everything a story page renders, for one edition: its head, its components' parts, its links. */
export interface StoryPageData {
	lang: Lang;
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
	dateline: DatelinePart;
	summary: SummaryPart;
	timeline: TimelinePart;
	quotes: QuotesPart;
}

/**
 * The zone of the site's home readers: a story told in another zone also lists its entries in
 * this one for readers without JavaScript (the zone switcher does it for the others).
 */
const READERS_ZONE = 'Asia/Dhaka';

/** The languages a story is published in. */
export function storyLangs(story: Pick<Story, 'editions'>): Lang[] {
	return (Object.keys(story.editions) as Lang[]).filter((lang) => story.editions[lang]);
}

/**
 * What the page of `story` in `lang` renders, from the resolved story, made once per page: the
 * same data feeds its head, its components, its JSON-LD and its links, e.g.
 * `storyPage(story, 'en', links).jsonLd[0].headline`.
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
	const timeline = buildTimeline(story, lang, story.zone);
	return {
		lang,
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
			timeline,
			otherTimeLabel: t('timeline.otherTime'),
		}),
		dateline: {
			lang,
			zone: story.zone,
			published: story.published,
			updated: story.updated,
			byline: story.byline?.[lang],
			event: datelineEvent(story.timeline),
		},
		summary: { lang, view: buildStatusSummary(story, lang) },
		timeline: {
			lang,
			view: timeline,
			dhaka:
				story.zone === READERS_ZONE ? undefined : buildTimeline(story, lang, READERS_ZONE).items,
		},
		quotes: { lang, quote: (entry) => buildPostQuote(story.timeline, entry, lang, story.zone) },
	};
}

/**
 * The story page's data, as the page hands it to the components its MDX body places
 * (`Astro.locals.storyPage`, set by src/pages/[lang]/[slug]/index.astro); throws, naming the
 * component, anywhere else.
 */
export function pageData(locals: { storyPage?: StoryPageData }, component: string): StoryPageData {
	if (!locals.storyPage) {
		throw new Error(
			`<${component} /> renders on a story page (its data comes from storyPage(), which the page sets as Astro.locals.storyPage); elsewhere, pass its part as a prop`,
		);
	}
	return locals.storyPage;
}
