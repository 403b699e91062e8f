import type { Lang } from '../../i18n/locales';
import { useTranslations } from '../../i18n/t';
import type { Story } from '../story/assembleStories';
import { buildStatusSummary } from '../views/buildStatusSummary';
import type { SocialCardInput } from './socialCard';

/** The card's words for a story that come from its timeline: status, span, and the site's name. */
export type SocialCardLines = Pick<
	SocialCardInput,
	'siteName' | 'statusLine' | 'spanLine' | 'status'
>;

/**
 * The site's name and the status and span lines of a story's social card in `lang`, from the
 * story's own status (the editor's word; without one, what the timeline reports and no colour) and its headline span (the first of its `spans`), e.g.
 * `{ statusLine: 'Resolved', spanLine: 'In India: around 9 p.m. IST – around 10 p.m. IST · about
 * 1 hour', status: 'resolved' }`.
 */
export function socialCardLines(story: Story, lang: Lang): SocialCardLines {
	const t = useTranslations(lang);
	const view = buildStatusSummary(story, lang);
	const [headline] = view.spans;
	const spanLine = headline
		? [
				`${headline.label ? `${headline.label}: ` : ''}${headline.start.local} – ${headline.end.local}`,
				headline.text,
			].join(' · ')
		: [view.start?.local, view.noEnd].filter(Boolean).join(' · ');
	return {
		siteName: `${useTranslations('bn')('site.name')} · ${useTranslations('en')('site.name')}`,
		// Without the editor's word the card says what is known, under a neutral mark.
		statusLine: story.status === 'unstated' ? view.status.label : t(`card.${story.status}`),
		spanLine,
		status: story.status === 'unstated' ? undefined : story.status,
	};
}
