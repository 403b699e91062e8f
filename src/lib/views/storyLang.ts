import { defaultLang, isLang, type Lang } from '../../i18n/locales';

/** The page language from `Astro.currentLocale` or a route param, e.g. `'en'`; the default otherwise. */
export function storyLang(value: unknown): Lang {
	return isLang(value) ? value : defaultLang;
}
