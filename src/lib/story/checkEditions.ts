import { isLang, langs, type Lang } from '../../i18n/locales';
import type { SchemaMessages } from '../../i18n/messages/catalog';
import { messagesBn } from '../../i18n/messages/bn';
import { messagesEn } from '../../i18n/messages/en';
import type { ContentProblem } from './formatContentErrors';

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
	const problem = (lang: Lang | undefined, say: (m: SchemaMessages) => string) =>
		problems.push({
			file: lang ? file(lang) : `${folder}/`,
			message: say(messagesEn.schema),
			bn: say(messagesBn.schema),
		});
	const other = (lang: Lang) => langs.find((l) => l !== lang) ?? lang;
	const byLang = new Map(editions.map((e) => [e.lang, e]));
	const originals = editions.filter((e) => e.translationOf === undefined);
	for (const e of editions) {
		const of = e.translationOf;
		if (of === undefined || !isLang(of)) continue;
		if (of === e.lang) problem(e.lang, (m) => m.translationOfSelf(e.lang, other(e.lang)));
		else if (!byLang.has(of)) problem(e.lang, (m) => m.translationOfMissing(of, file(of)));
	}
	if (originals.length > 1) {
		const [first, second] = originals as [EditionSummary, EditionSummary];
		problem(second.lang, (m) => m.twoOriginals(first.lang, second.lang));
	}
	const original = originals.length === 1 ? originals[0] : undefined;
	if (!original) return problems;
	const pending = original.translationPending;
	if (pending !== undefined && isLang(pending)) {
		if (pending === original.lang) {
			problem(original.lang, (m) => m.pendingSelf(pending, other(pending)));
		} else if (byLang.has(pending)) {
			problem(original.lang, (m) => m.pendingExists(pending, file(pending)));
		}
	}
	for (const lang of langs) {
		if (byLang.has(lang) || lang === pending) continue;
		problem(lang, (m) => m.editionMissing(lang, file(lang), original.lang, file(original.lang)));
	}
	return problems;
}
