/** Settings of one site language. */
export interface LocaleConfig {
	/** Name of the language in itself, for the language switcher. */
	label: string;
	/** BCP 47 tag for `<html lang>` and `hreflang`. */
	lang: string;
	/** Text direction. */
	dir: 'ltr' | 'rtl';
	/** Locale for Intl formatters (dates, numbers). */
	intl: string;
	/** Open Graph locale. */
	og: string;
	/** Unicode script the language is written in (`\p{Script=…}`), e.g. `'Bengali'`. */
	script: string;
}

/** The site's languages; Bengali is the original language of the reporting. */
export const locales = {
	bn: { label: 'বাংলা', lang: 'bn', dir: 'ltr', intl: 'bn-IN', og: 'bn_IN', script: 'Bengali' },
	en: { label: 'English', lang: 'en', dir: 'ltr', intl: 'en-IN', og: 'en_IN', script: 'Latin' },
} as const satisfies Record<string, LocaleConfig>;

/** A site language code, e.g. `'bn'`. */
export type Lang = keyof typeof locales;

/** Every site language, default first. */
export const langs = Object.keys(locales) as Lang[];

/** The language of the site root and of original reporting. */
export const defaultLang: Lang = 'bn';

/** Narrows a string (a route param, `Astro.currentLocale`) to a site language. */
export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && value in locales;
}
