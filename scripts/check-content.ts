/**
 * `npm run check:content [-- --dir <folder>]`: checks every story without building the site and
 * prints every problem at once. Exit status 0 when all stories are fine, 1 otherwise.
 */
import { pathToFileURL } from 'node:url';
import { checkContent } from '../src/lib/editor/cli/checkContent';
import { readCommand } from '../src/lib/editor/cli/command';

export { checkContent };
export { storiesDir } from '../src/lib/editor/cli/storyFiles';

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const command = readCommand(process.argv.slice(2), {}, 'check');
	process.exitCode =
		'status' in command ? command.status : await checkContent(command.flags.dir, command.lang);
}
