import { editorMessages } from '../../../i18n/messages/index';
import { formatContentErrors } from '../../story/formatContentErrors';
import type { EditorLang } from '../editorLang';
import { validateStories } from '../validateStories';
import { storiesDir } from './storyFiles';

/** Runs the check and prints its report in `lang`; resolves to the exit status (warnings pass). */
export async function checkContent(dir?: string, lang: EditorLang = 'en'): Promise<number> {
	const m = editorMessages(lang);
	const started = performance.now();
	const report = await validateStories(storiesDir(dir));
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
