/**
 * `npm run add:entry`: adds one timeline entry to a story, in time order, keeping the rest of the
 * file as it was. Asks for whatever is not given as a flag, e.g.
 * `npm run add:entry -- --story meta-outage-2024-03-05 --time "2024-03-05 21:40" --precision approximate
 *  --kind update --bn "…" --en "…" --source "topicsbox.com"`. The command lives in src/lib/editor/cli/.
 */
import { pathToFileURL } from 'node:url';
import { addEntry } from '../src/lib/editor/cli/addEntry';

export { addEntry };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = await addEntry(process.argv.slice(2));
}
