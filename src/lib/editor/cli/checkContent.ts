import { editorMessages } from '../../../i18n/messages/index';
import { formatContentErrors } from '../../story/formatContentErrors';
import type { EditorLang } from '../editorLang';
import { StoryCheckStore } from '../storyCheckStore';
import { validateStories } from '../validateStories';
import { storiesDir } from './storiesDir';

/**
 * Runs the check and prints its report in `lang`; resolves to the exit status (warnings pass).
 * With a `store` file (storyCheckStore.ts), a story whose files and checking code are the same as
 * when it last passed is not read again; what is printed is the same.
 */
export async function checkContent(
	dir?: string,
	lang: EditorLang = 'en',
	store?: string,
): Promise<number> {
	const m = editorMessages(lang);
	const started = performance.now();
	const stored = store === undefined ? undefined : StoryCheckStore.open(store);
	const report = await validateStories(storiesDir(dir), process.cwd(), { stored });
	stored?.save();
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	const errors = report.problems.filter((p) => !p.warning);
	if (errors.length) {
		console.error(formatContentErrors(report.problems, lang));
		return 1;
	}
	if (report.problems.length) console.error(`${formatContentErrors(report.problems, lang)}\n`);
	console.log(m.allGood(report.stories, report.editions, seconds, report.drafts));
	return 0;
}
