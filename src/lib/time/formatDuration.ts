import type { Lang } from '../../i18n/locales';
import { bengaliDigits } from '../../i18n/bengaliDigits';

const MINUTE = 60_000;

function parts(ms: number, approximate: boolean): { h: number; m: number } {
	// An approximate span is rounded to the quarter hour: "around 9" to "around 10" is not 61 minutes.
	const step = approximate ? 15 : 1;
	const minutes = Math.round(ms / MINUTE / step) * step;
	return { h: Math.floor(minutes / 60), m: minutes % 60 };
}

function words({ h, m }: { h: number; m: number }, lang: Lang): string {
	if (lang === 'bn') {
		const out = [h ? `${bengaliDigits(h)} ঘণ্টা` : '', m ? `${bengaliDigits(m)} মিনিট` : ''];
		return out.filter(Boolean).join(' ') || '০ মিনিট';
	}
	const out = [
		h ? `${h} hour${h === 1 ? '' : 's'}` : '',
		m ? `${m} minute${m === 1 ? '' : 's'}` : '',
	];
	return out.filter(Boolean).join(' ') || '0 minutes';
}

/**
 * A span in words, e.g. `formatDuration(3_600_000, 'en', true)` → `'about 1 hour'`;
 * `'প্রায় ১ ঘণ্টা ৩০ মিনিট'` in Bengali. Approximate spans are rounded to 15 minutes.
 */
export function formatDuration(ms: number, lang: Lang, approximate: boolean): string {
	const text = words(parts(ms, approximate), lang);
	if (!approximate) return text;
	return lang === 'bn' ? `প্রায় ${text}` : `about ${text}`;
}

/** A span whose length sources disagree on, e.g. `'between about 1 hour and 2 hours'`. */
export function formatDurationRange(
	minMs: number,
	maxMs: number,
	lang: Lang,
	approximate: boolean,
): string {
	const [a, b] = [parts(minMs, approximate), parts(maxMs, approximate)];
	if (a.h === b.h && a.m === b.m) return formatDuration(minMs, lang, approximate);
	const [from, to] = [words(a, lang), words(b, lang)];
	if (lang === 'bn') return `${approximate ? 'প্রায় ' : ''}${from} থেকে ${to}`;
	return `between ${approximate ? 'about ' : ''}${from} and ${to}`;
}

/** An HTML `<time datetime>` duration, e.g. `'PT1H30M'`. */
export function isoDuration(ms: number): string {
	const { h, m } = parts(ms, false);
	return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}
