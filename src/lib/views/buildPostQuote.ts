import { locales, type Lang } from '../../i18n/locales';
import { formatEventTime } from '../time/formatEventTime';
import { formatDatedClock } from '../time/zonedClock';
import type { ResolvedEntry } from '../story/resolveTimeline';

/** A quoted post as the page shows it. */
export interface PostQuoteView {
	author: string;
	handle?: string | undefined;
	platform: string;
	url?: string | undefined;
	/** Language of the quoted words, for `lang` on the blockquote. */
	lang: Lang;
	text: string;
	/** The instant of the post, `…Z` (a day entry's: its date). */
	datetime: string;
	/**
	 * When the post was made, in the view's zone, worded for the page with its date, e.g.
	 * `'৫ মার্চ ২০২৪, ভারতীয় সময় রাত ৯টা ৪৯ মিনিট'`: the date is the instant's in that zone, in the
	 * page's language, never the source's verbatim dateline (a US "March 5, 2024" beside a time
	 * converted to Sydney would contradict it, and a Bengali caption has no Latin date).
	 */
	local: string;
	/** How precisely the post's time is known (the zone switcher rewords it); `day`: a date only. */
	precision: 'exact' | 'approximate' | 'day';
	/** The report's translation into the page's language, when the quote is in the other one. */
	translation?: string | undefined;
	/** What `url` leads to: the post itself, or (a bare account address) the author's profile. */
	link?: 'post' | 'profile' | undefined;
}

/**
 * Whether a post link is the author's profile rather than the post: a bare account address such
 * as `https://x.com/andymstone` (one path segment), e.g. `isProfileUrl('https://x.com/a/status/1')` → false.
 */
export function isProfileUrl(url: string): boolean {
	return new URL(url).pathname.split('/').filter(Boolean).length <= 1;
}

/**
 * The quote of timeline entry `id`, worded for `lang`, e.g. `buildPostQuote(timeline, 'stone-resolved', 'bn', 'Asia/Kolkata')`.
 * Throws, naming the entry, when the entry does not exist or quotes nothing.
 */
export function buildPostQuote(
	timeline: readonly ResolvedEntry[],
	id: string,
	lang: Lang,
	zone: string,
): PostQuoteView {
	const entry = timeline.find((e) => e.id === id);
	if (!entry) {
		throw new Error(
			`<PostQuote entry="${id}" />: no timeline entry has the id "${id}"; use one of ${timeline.map((e) => `"${e.id}"`).join(', ')}`,
		);
	}
	if (!entry.quote)
		throw new Error(
			`<PostQuote entry="${id}" />: entry "${id}" has no quote: add one under quote: in the timeline`,
		);
	const { quote } = entry;
	return {
		author: quote.author,
		handle: quote.handle,
		platform: quote.platform,
		url: quote.url,
		lang: quote.lang,
		text: quote.text,
		datetime: entry.precision === 'day' ? entry.localDate : entry.instant.toISOString(),
		local:
			entry.precision === 'day'
				? formatEventTime(entry, lang, zone)
				: formatDatedClock(
						entry.instant,
						entry.precision === 'approximate',
						lang,
						locales[lang].intl,
						zone,
						'always',
					),
		precision: entry.precision,
		translation: quote.lang !== lang ? quote.translation?.[lang] : undefined,
		link: quote.url ? (isProfileUrl(quote.url) ? 'profile' : 'post') : undefined,
	};
}
