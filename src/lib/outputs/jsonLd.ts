import type { Lang } from '../../i18n/locales';
import type { TimelineItem, TimelineView } from '../views/buildTimeline';

/** A schema.org object as JSON-LD. */
export type JsonLd = { '@context'?: 'https://schema.org'; '@type': string } & Record<
	string,
	unknown
>;

/** One edition of a story, as structured data needs it. */
export interface StoryJsonLdInput {
	lang: Lang;
	/** BCP 47 tag of the edition, e.g. `'bn'`. */
	inLanguage: string;
	/** Absolute URL of this edition's page. */
	url: string;
	title: string;
	description: string;
	/** The site, as publisher and author. */
	site: { name: string; url: string };
	/** The other editions of the story (absolute URLs). */
	alternates: { inLanguage: string; url: string }[];
	/** Set on a translation: the original edition. */
	original?: { inLanguage: string; url: string } | undefined;
	/** When the newsroom first published the story (`…Z`); absent when the story file does not say. */
	datePublished?: string | undefined;
	/** When an editor last updated the story (`…Z`); absent when no editor gave a time. */
	dateModified?: string | undefined;
	/** The story's timeline, worded for this edition. */
	timeline: TimelineView;
	/** "Another source gives", in this edition's language. */
	otherTimeLabel: string;
}

/** An entry's text with the other times sources give for it, as the page shows them. */
function bodyOf(item: TimelineItem, otherTimeLabel: string): string {
	return [
		item.text,
		...item.otherTimes.map(
			(o) =>
				`${otherTimeLabel}: ${o.local}${o.utc ? ` · ${o.utc}` : ''} (${[o.source.name, o.source.detail].filter(Boolean).join(', ')})`,
		),
	].join('\n');
}

const organization = (site: StoryJsonLdInput['site']) => ({
	'@type': 'Organization',
	name: site.name,
	url: site.url,
});

/**
 * `NewsArticle` for one edition; links its translations both ways. Only what structured-data
 * readers use: no `@id` cross-references and no defaults (`isAccessibleForFree`) repeated on every
 * page (each byte here is paid for by every reader of the page).
 */
export function newsArticle(input: StoryJsonLdInput): JsonLd {
	const others = input.alternates.filter((a) => a.url !== input.url);
	const ref = (a: { inLanguage: string; url: string }) => ({
		'@type': 'NewsArticle',
		url: a.url,
		inLanguage: a.inLanguage,
	});
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		url: input.url,
		mainEntityOfPage: input.url,
		headline: input.title,
		description: input.description,
		inLanguage: input.inLanguage,
		...(input.datePublished && { datePublished: input.datePublished }),
		...(input.dateModified && { dateModified: input.dateModified }),
		author: organization(input.site),
		publisher: organization(input.site),
		...(input.original
			? { translationOfWork: ref(input.original) }
			: others.length && { workTranslation: others.map(ref) }),
	};
}

/**
 * `LiveBlogPosting` for one edition's timeline: coverage from the first entry to the last, and one
 * `liveBlogUpdate` per entry, each with the URL of the entry's anchor on the page. The updates
 * share the posting's language; the article's description is not repeated.
 */
export function liveBlogPosting(input: StoryJsonLdInput): JsonLd {
	const { items } = input.timeline;
	return {
		'@context': 'https://schema.org',
		'@type': 'LiveBlogPosting',
		url: `${input.url}#timeline-heading`,
		headline: input.title,
		inLanguage: input.inLanguage,
		author: organization(input.site),
		publisher: organization(input.site),
		...(input.dateModified && { dateModified: input.dateModified }),
		...(items[0] && { coverageStartTime: items[0].datetime }),
		...(items.at(-1) && { coverageEndTime: items.at(-1)!.datetime }),
		liveBlogUpdate: items.map((item) => ({
			'@type': 'BlogPosting',
			url: `${input.url}#${item.id}`,
			headline: `${item.kindLabel}: ${item.local}`,
			articleBody: bodyOf(item, input.otherTimeLabel),
			datePublished: item.datetime,
			...(item.updated && { dateModified: item.updated.datetime }),
		})),
	};
}

/** The structured data of a story page: its `NewsArticle` and its timeline's `LiveBlogPosting`. */
export function storyJsonLd(input: StoryJsonLdInput): JsonLd[] {
	return [newsArticle(input), liveBlogPosting(input)];
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<` is escaped so no text in a story
 * (e.g. `</script>`) can end the script element early.
 */
export function serializeJsonLd(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
