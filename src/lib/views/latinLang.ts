import { locales, type Lang } from '../../i18n/locales';

/**
 * `'en'` for Latin-script text (a site name, an English quote) on a Bengali page, so screen readers
 * switch voice; `undefined` when the text is in the page's own script, e.g. `latinLang('topicsbox.com', 'bn')` → `'en'`.
 */
export function latinLang(text: string, pageLang: Lang): 'en' | undefined {
	const { script } = locales[pageLang];
	return script !== 'Latin' &&
		/[A-Za-z]/.test(text) &&
		!new RegExp(`\\p{Script=${script}}`, 'u').test(text)
		? 'en'
		: undefined;
}
