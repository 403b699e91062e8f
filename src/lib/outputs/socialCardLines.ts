import type { Lang } from '../../i18n/locales';
import { useTranslations } from '../../i18n/t';
import type { Story } from '../assembleStories';
import { buildStatusSummary } from '../buildStatusSummary';
import type { SocialCardInput } from './socialCard';

/** The card's words for a story that come from its timeline: status, span, and the site's name. */
export type SocialCardLines = Pick<
	SocialCardInput,
	'siteName' | 'statusLine' | 'spanLine' | 'status'
>;

/**
 * The site's name and the status and span lines of a story's social card in `lang`, e.g.
 * `{ statusLine: 'Resolved', spanLine: 'around 8:30 p.m. IST – 10:37 p.m. IST · between about
 * 1 hour and 2 hours', status: 'resolved' }`.
 *
 * TODO(data branch): take the status from the story's own `status` field (`ongoing` |
 * `resolved`, the editor's word) and the span from the story's headline span (the first of its
 * `spans`: e.g. "India, ~9 PM to ~10 PM IST, about an hour") once those exist; today both are
 * read off the status summary (`buildStatusSummary`: the first start, the last restoration).
 */
export function socialCardLines(story: Story, lang: Lang): SocialCardLines {
	const t = useTranslations(lang);
	const original = story.editions[story.original]?.data;
	const view = buildStatusSummary(
		{ zone: story.zone, timeline: story.timeline, services: original?.services },
		lang,
	);
	const span =
		view.start && view.end ? `${view.start.local} – ${view.end.local}` : view.start?.local;
	const status = view.end ? 'resolved' : 'ongoing';
	return {
		siteName: `${useTranslations('bn')('site.name')} · ${useTranslations('en')('site.name')}`,
		statusLine: t(`card.${status}`),
		spanLine: [span, view.duration?.text].filter(Boolean).join(' · '),
		status,
	};
}
