import { locales, type Lang } from '../../i18n/locales';
import { useTranslations } from '../../i18n/t';
import { dateTimeFormat } from '../time/dateTimeFormat';
import { formatClockTime, formatShortDate } from '../time/zonedClock';

/** One stamp of a dateline: what it is, its `<time datetime>` and its words. */
export interface DatelineItem {
	kind: 'published' | 'updated' | 'event';
	label: string;
	/** `…Z` for a published or updated time; `YYYY-MM-DD` for the event's date. */
	datetime: string;
	/** The stamp's instant, `…Z`: the zone switcher words it again in the reader's zone. */
	instant: string;
	text: string;
}

/** What a dateline can show; every field is optional and an absent one shows nothing. */
export interface DatelineInput {
	published?: Date | undefined;
	updated?: Date | undefined;
	/** The day the event happened (e.g. the first timeline entry), shown as the event's date. */
	event?: Date | undefined;
}

/**
 * A date as news sites write it, in `zone`, e.g. `'5 March 2024'` / `'৫ মার্চ ২০২৪'` (Bengali digits
 * and month names, no comma before the year).
 */
export function formatNewsDate(instant: Date, lang: Lang, zone: string): string {
	return formatShortDate(instant, lang, locales[lang].intl, zone);
}

/**
 * The dateline's stamps in `zone`, worded for `lang`, in the order a reader expects (published,
 * updated, then the event's date): e.g. `datelineView({ event }, 'bn', 'Asia/Kolkata')` →
 * `[{ kind: 'event', label: 'ঘটনা', datetime: '2024-03-05', text: '৫ মার্চ ২০২৪' }]`.
 * Only what is given is shown: nothing is invented for an absent field.
 */
export function datelineView(input: DatelineInput, lang: Lang, zone: string): DatelineItem[] {
	const t = useTranslations(lang);
	const stamp = (kind: 'published' | 'updated', instant: Date): DatelineItem => ({
		kind,
		label: t(`dateline.${kind}`),
		datetime: instant.toISOString(),
		instant: instant.toISOString(),
		text: `${formatNewsDate(instant, lang, zone)}, ${formatClockTime(instant, false, lang, zone)}`,
	});
	const items: DatelineItem[] = [];
	if (input.published) items.push(stamp('published', input.published));
	if (input.updated) items.push(stamp('updated', input.updated));
	if (input.event) {
		items.push({
			kind: 'event',
			label: t('dateline.event'),
			datetime: dateTimeFormat('en-CA', { timeZone: zone }).format(input.event),
			instant: input.event.toISOString(),
			text: formatNewsDate(input.event, lang, zone),
		});
	}
	return items;
}
