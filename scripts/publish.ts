/** `npm run publish [-- --lang bn]`: an editor's one step from a saved story to the public site (src/lib/editor/publish/publish.ts). */
import { pathToFileURL } from 'node:url';
import { publish, readPublishArgs } from '../src/lib/editor/publish/publish';

export {
	describeStoryChange,
	publish,
	publishLang,
	readPublishArgs,
	storyAddress,
} from '../src/lib/editor/publish/publish';

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const args = readPublishArgs(process.argv.slice(2));
	process.exitCode = 'status' in args ? args.status : await publish(args.lang);
}
