import type { Lang } from '../../i18n/locales';
import { formatEventTime } from '../time/formatEventTime';
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
	/** The post's own date line, verbatim (e.g. a US date), if the source shows one. */
	dateline?: string | undefined;
	/** The instant of the post, `…Z`. */
	datetime: string;
	/** When the post was made, in the story's zone, worded for the page. */
	local: string;
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
		dateline: quote.dateline,
		datetime: entry.instant.toISOString(),
		local: formatEventTime(entry, lang, zone),
	};
}
