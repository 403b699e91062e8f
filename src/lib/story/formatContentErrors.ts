import type { Lang } from '../../i18n/locales';
import { editorMessages } from '../../i18n/messages/index';

/** One problem an editor must fix, where it is and what to do, e.g. a bad `kind` on line 40. */
export interface ContentProblem {
	/** The file, as the editor knows it, e.g. `content/stories/meta-outage-2024-03-05/bn.mdx`. */
	file: string;
	/** 1-based line in the file, when known. */
	line?: number | undefined;
	/** What is wrong, in plain words, with a valid example. */
	message: string;
	/** The same message in Bengali, when the check has one (else `message` is shown). */
	bn?: string | undefined;
	/** Worth a look, but the story can be published: the check still passes. */
	warning?: boolean | undefined;
}

/**
 * Lists problems for a terminal, grouped by file in the order given, e.g.
 * `content/stories/x/bn.mdx:40` then the message, indented. Ends with a count and what to do;
 * `lang` picks the language of the messages that have a Bengali version.
 */
export function formatContentErrors(
	problems: readonly ContentProblem[],
	lang: Lang = 'en',
): string {
	const m = editorMessages(lang);
	const byFile = new Map<string, ContentProblem[]>();
	for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
	const blocks = [...byFile].map(([file, list]) =>
		[
			`${list.every((p) => p.warning) ? '!' : '✗'} ${file}`,
			...list.map((p) => {
				const text = lang === 'bn' && p.bn ? p.bn : p.message;
				const [first = '', ...rest] = text.split('\n');
				return [
					`  ${p.line ? m.line(p.line) : ''}${p.warning ? m.warning : ''}${first}`,
					...rest.map((l) => `  ${l}`),
				].join('\n');
			}),
		].join('\n'),
	);
	const warnings = problems.filter((p) => p.warning).length;
	const errors = problems.length - warnings;
	const files = new Set(problems.filter((p) => !p.warning).map((p) => p.file)).size;
	const count = errors ? m.summary(errors, files, warnings) : m.warningsOnly(warnings);
	return `${blocks.join('\n\n')}\n\n${count}`;
}
