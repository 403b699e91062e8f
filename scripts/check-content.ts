/**
 * `npm run check:content [-- --dir <folder>] [-- --no-cache]`: checks every story without building
 * the site and prints every problem at once. Exit status 0 when all stories are fine, 1 otherwise.
 * A story that passed before and has not changed since, nor has the checking code, is not read
 * again (its result is kept in the build cache, src/lib/editor/storyCheckStore.ts); `--no-cache`
 * or `STORY_CHECK_CACHE=0` checks every story afresh. Only light modules are imported here: the
 * schema, YAML and MDX are loaded for the first story that has to be read.
 */
import { pathToFileURL } from 'node:url';
import { checkContent } from '../src/lib/editor/cli/checkContent';
import { readCommand } from '../src/lib/editor/cli/command';
import { storyCheckFile } from '../src/lib/editor/storyCheckStore';

export { checkContent };
export { storiesDir } from '../src/lib/editor/cli/storiesDir';

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const command = readCommand(process.argv.slice(2), { 'no-cache': { type: 'boolean' } }, 'check');
	process.exitCode =
		'status' in command
			? command.status
			: await checkContent(
					command.flags.dir,
					command.lang,
					command.flags['no-cache'] ? undefined : storyCheckFile(),
				);
}
