import type { RSSFeedItem } from '@astrojs/rss';
import type { TimelineView } from '../views/buildTimeline';

/** Escapes text for HTML inside a feed item's content. */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** A story in a language's feed. */
export interface StoryFeedInput {
	title: string;
	description: string;
	/** Absolute URL of the story's page in the feed's language. */
	url: string;
	/** e.g. `'Tuesday, 5 March 2024'`; the outage's first date, worded for the feed's language. */
	date?: string | undefined;
	/** e.g. `'about 1 hour'`, worded for the feed's language. */
	duration?: string | undefined;
}

/** Items of a language's story feed, in the order given (newest outage first). */
export function storyFeedItems(stories: readonly StoryFeedInput[]): RSSFeedItem[] {
	return stories.map((story) => ({
		title: story.title,
		link: story.url,
		description: story.description,
		content: [
			`<p>${escapeHtml(story.description)}</p>`,
			story.date || story.duration
				? `<p>${[story.date, story.duration]
						.filter(Boolean)
						.map((s) => escapeHtml(s!))
						.join(' · ')}</p>`
				: '',
		].join(''),
	}));
}

/**
 * Items of a story's timeline feed, newest entry first: one item per entry, linking to the entry's
 * anchor on the page (`<pageUrl>#<entry id>`) and dated with the entry's instant. A day entry has
 * no `pubDate`: its sources gave a date, not a time, and any time of that day (its midnight) would
 * be a time nobody reported, which feed readers would sort before the outage began. Its date is in
 * its title, and the items' order is the page's.
 */
export function timelineFeedItems(
	view: TimelineView,
	pageUrl: string,
	labels: { sources: string; correction: string; otherTime: string },
): RSSFeedItem[] {
	return view.items
		.map((item): RSSFeedItem => {
			const sources = item.sources
				.map((s) => escapeHtml([s.name, s.detail].filter(Boolean).join(', ')))
				.join('; ');
			return {
				title: `${item.kindLabel}: ${item.local}`,
				link: `${pageUrl}#${item.id}`,
				...(item.precision !== 'day' && { pubDate: item.instant }),
				description: item.text,
				content: [
					`<p>${escapeHtml(item.text)}</p>`,
					...item.otherTimes.map(
						(o) =>
							`<p>${escapeHtml(labels.otherTime)}: <time datetime="${o.datetime}">${escapeHtml([o.local, o.utc].filter(Boolean).join(' · '))}</time> (${escapeHtml([o.source.name, o.source.detail].filter(Boolean).join(', '))})</p>`,
					),
					item.correction
						? `<p><strong>${escapeHtml(labels.correction)}:</strong> ${escapeHtml(item.correction)}</p>`
						: '',
					`<p>${escapeHtml(labels.sources)}: ${sources}</p>`,
				].join(''),
				...(item.key && { categories: ['key'] }),
			};
		})
		.reverse();
}
