/**
 * `npm run new:story`: starts a story, writing its two editions as a draft with a commented
 * frontmatter skeleton, e.g. `npm run new:story -- --slug whatsapp-outage-2024-04-03 --zone Asia/Dhaka
 *  --title-bn "…" --title-en "…" --description-bn "…" --description-en "…"`.
 * Leave the English title empty (`--title-en ""`) when the translation comes later.
 */
import { pathToFileURL } from 'node:url';
import { newStory } from '../src/lib/editor/cli/newStory';

export { newStory };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = await newStory(process.argv.slice(2));
}
