/**
 * `npm run check:content [-- --dir <folder>]`: checks every story without building the site and
 * prints every problem at once. Exit status 0 when all stories are fine, 1 otherwise.
 */
import { pathToFileURL } from 'node:url';
import type { EditorLang } from '../src/lib/editor/editorLang';
import { editorMessages } from '../src/i18n/messages/index';
import { formatContentErrors } from '../src/lib/story/formatContentErrors';
import { validateStories } from '../src/lib/editor/validateStories';
import { readCommand } from '../src/lib/editor/cli/command';
import { storiesDir } from '../src/lib/editor/cli/storyFiles';

export { storiesDir };

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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const command = readCommand(process.argv.slice(2), {}, 'check');
	process.exitCode =
		'status' in command ? command.status : await checkContent(command.flags.dir, command.lang);
}
