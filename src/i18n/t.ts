import type { Lang } from './locales';
import { bn } from './ui/bn';
import { en, type UIStrings } from './ui/en';

const strings: Record<Lang, UIStrings> = { bn, en };

/** The interface strings of `lang`, with `{name}` placeholders filled, e.g. `t('en')('timeline.intro', { zone: 'IST' })`. */
export function useTranslations(lang: Lang) {
	return (key: keyof UIStrings, vars: Record<string, string> = {}): string =>
		strings[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? `{${name}}`);
}
