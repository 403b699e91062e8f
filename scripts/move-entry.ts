/**
 * `npm run move:entry`: moves one timeline entry to another story, in time order there, keeping
 * every other byte of both files, e.g.
 * `npm run move:entry -- --story meta-outage-2024-03-05 --id x --to whatsapp-outage-2024-04-03`.
 */
import { pathToFileURL } from 'node:url';
import { moveEntry } from '../src/lib/editor/cli/moveEntry';

export { moveEntry };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = await moveEntry(process.argv.slice(2));
}
