import type { Lang } from './locales';

/**
 * The digits each site language writes numbers in, as Intl's numbering system. Apart from
 * locales.ts so the browser scripts that need it do not carry the locale table.
 */
export const NUMBERING_SYSTEMS = { bn: 'beng', en: 'latn' } as const satisfies Record<Lang, string>;

const DIGITS = new Map<string, string[]>();

/** The ten digits of a numbering system, e.g. `digitsOf('beng')[5]` → `'৫'`. */
function digitsOf(system: string): string[] {
	let digits = DIGITS.get(system);
	if (!digits) {
		const format = new Intl.NumberFormat('en', { numberingSystem: system, useGrouping: false });
		digits = Array.from({ length: 10 }, (_, d) => format.format(d));
		DIGITS.set(system, digits);
	}
	return digits;
}

/** Every ASCII digit of `text` in `lang`'s digits, e.g. `localDigits('21:05', 'bn')` → `'২১:০৫'`. */
export function localDigits(text: string | number, lang: Lang): string {
	const digits = digitsOf(NUMBERING_SYSTEMS[lang]);
	return String(text).replace(/[0-9]/g, (d) => digits[Number(d)] ?? d);
}
