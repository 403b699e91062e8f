/**
 * `npm run check:content [-- --dir <folder>]`: checks every story without building the site and
 * prints every problem at once. Exit status 0 when all stories are fine, 1 otherwise.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatContentErrors } from '../src/lib/editor/formatContentErrors';
import { validateStories } from '../src/lib/editor/validateStories';

/** The folder of stories: `--dir`, else `STORIES_DIR`, else `content/stories`. */
export function storiesDir(dir?: string): string {
	return resolve(dir ?? (process.env.STORIES_DIR || 'content/stories'));
}

/** Runs the check and prints its report; resolves to the exit status. */
export async function checkContent(dir?: string): Promise<number> {
	const started = performance.now();
	const report = await validateStories(storiesDir(dir));
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	if (report.problems.length) {
		console.error(formatContentErrors(report.problems));
		return 1;
	}
	const drafts = report.drafts.length
		? `\n  Drafts (checked, not published until you delete draft: true): ${report.drafts.join(', ')}`
		: '';
	console.log(
		`✓ ${report.stories} ${report.stories === 1 ? 'story' : 'stories'} (${report.editions} edition files) checked in ${seconds} s: no problems.${drafts}`,
	);
	return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const { values } = parseArgs({ options: { dir: { type: 'string' } } });
	process.exitCode = await checkContent(values.dir);
}
