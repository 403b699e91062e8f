import { isLang, langs, type Lang } from '../../i18n/locales';
import type { ContentProblem } from './formatContentErrors';

const NAMES: Record<Lang, string> = { bn: 'Bengali', en: 'English' };
const NAMES_BN: Record<Lang, string> = { bn: 'বাংলা', en: 'ইংরেজি' };

/** What the cross-file check needs to know about one edition file of a story. */
export interface EditionSummary {
	/** The edition's language, from its file name (`bn.mdx` → `bn`). */
	lang: Lang;
	translationOf?: string | undefined;
	translationPending?: string | undefined;
}

/**
 * Checks that a story's editions fit together: one original, a translation of an edition that
 * exists, and every site language either written or declared pending, e.g.
 * `checkEditions('content/stories/x', [{ lang: 'bn' }])` → "en.mdx is missing …".
 */
export function checkEditions(
	folder: string,
	editions: readonly EditionSummary[],
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const file = (lang: Lang) => `${folder}/${lang}.mdx`;
	const problem = (lang: Lang | undefined, message: string, bn: string) =>
		problems.push({ file: lang ? file(lang) : `${folder}/`, message, bn });
	const byLang = new Map(editions.map((e) => [e.lang, e]));
	const originals = editions.filter((e) => e.translationOf === undefined);
	for (const e of editions) {
		if (e.translationOf === undefined || !isLang(e.translationOf)) continue;
		if (e.translationOf === e.lang) {
			problem(
				e.lang,
				`translationOf: ${e.lang} says this edition is a translation of itself; name the language of the original, e.g. translationOf: ${langs.find((l) => l !== e.lang)}`,
				`translationOf: ${e.lang} বলছে এই সংস্করণ নিজেরই অনুবাদ; মূল সংস্করণের ভাষা লিখুন, যেমন translationOf: ${langs.find((l) => l !== e.lang)}`,
			);
		} else if (!byLang.has(e.translationOf)) {
			problem(
				e.lang,
				`this edition says it is a translation of the ${NAMES[e.translationOf]} edition (translationOf: ${e.translationOf}), but ${file(e.translationOf)} does not exist. Add it (it holds the zone and the timeline), or, if this is the original, delete the translationOf line and give this file the zone and timeline, e.g. zone: Asia/Kolkata`,
				`এই সংস্করণ বলছে এটি ${NAMES_BN[e.translationOf]} সংস্করণের অনুবাদ (translationOf: ${e.translationOf}), কিন্তু ${file(e.translationOf)} নেই। সেটি যোগ করুন (জোন আর টাইমলাইন তাতেই থাকে), অথবা এটিই মূল হলে translationOf লাইনটি মুছে এই ফাইলে জোন আর টাইমলাইন দিন, যেমন zone: Asia/Kolkata`,
			);
		}
	}
	if (originals.length > 1) {
		const [first, second] = originals as [EditionSummary, EditionSummary];
		problem(
			second.lang,
			`both ${first.lang}.mdx and ${second.lang}.mdx say they are the original; the translation must say which edition it translates and carry only its title, description and text, e.g. translationOf: ${first.lang}`,
			`${first.lang}.mdx আর ${second.lang}.mdx দুটিই বলছে তারা মূল সংস্করণ; অনুবাদে লিখতে হবে সেটি কোন সংস্করণের অনুবাদ, আর তাতে থাকবে শুধু শিরোনাম, সারাংশ আর লেখা, যেমন translationOf: ${first.lang}`,
		);
	}
	const original = originals.length === 1 ? originals[0] : undefined;
	if (!original) return problems;
	const pending = original.translationPending;
	if (pending !== undefined && isLang(pending)) {
		if (pending === original.lang) {
			problem(
				original.lang,
				`translationPending: ${pending} names this edition's own language; name the language still being translated, e.g. translationPending: ${langs.find((l) => l !== pending)}`,
				`translationPending: ${pending} এই সংস্করণেরই ভাষা; যে ভাষায় অনুবাদ এখনো চলছে সেটি লিখুন, যেমন translationPending: ${langs.find((l) => l !== pending)}`,
			);
		} else if (byLang.has(pending)) {
			problem(
				original.lang,
				`translationPending: ${pending} says the ${NAMES[pending]} edition is still being translated, but ${file(pending)} exists; delete the translationPending line so readers are not told it is missing, e.g. remove "translationPending: ${pending}"`,
				`translationPending: ${pending} বলছে ${NAMES_BN[pending]} সংস্করণের অনুবাদ এখনো চলছে, কিন্তু ${file(pending)} আছে; translationPending লাইনটি মুছে দিন, যাতে পাঠককে বলা না হয় যে সেটি নেই`,
			);
		}
	}
	for (const lang of langs) {
		if (byLang.has(lang) || lang === pending) continue;
		problem(
			lang,
			`the ${NAMES[lang]} edition is missing. Write ${file(lang)} with its title, description and translationOf: ${original.lang}; or, while it is being translated, add translationPending: ${lang} to ${file(original.lang)} so its page tells readers, e.g. translationPending: ${lang}`,
			`${NAMES_BN[lang]} সংস্করণ নেই। ${file(lang)} লিখুন, তাতে শিরোনাম, সারাংশ আর translationOf: ${original.lang}; অথবা অনুবাদ চলাকালীন ${file(original.lang)}-এ translationPending: ${lang} যোগ করুন, যাতে পাতা পাঠককে জানায়`,
		);
	}
	return problems;
}
