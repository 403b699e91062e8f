/**
 * `npm run remove:entry`: removes one timeline entry from a story, keeping every other byte of
 * the file, e.g. `npm run remove:entry -- --story meta-outage-2024-03-05 --id duplicate-entry`.
 * With a terminal it shows the entry and asks to confirm; without one it needs `--yes`.
 */
import { pathToFileURL } from 'node:url';
import { removeEntry } from '../src/lib/editor/cli/removeEntry';

export { removeEntry };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = await removeEntry(process.argv.slice(2));
}
