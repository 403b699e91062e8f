import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Imported up front: the config's module runner is closed by the time build:done runs.
import { close, createIndex } from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API at the end of every build (also builds into
 * other `--outDir`s, such as the tests'), writing the search bundle to `<outDir>/pagefind/`.
 * Only elements marked `data-pagefind-body` (the story article) are indexed; Pagefind splits
 * the index by `<html lang>`, so each language's search page finds its own editions.
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'somoyrekha:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				try {
					const { index, errors } = await createIndex();
					if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
					const added = await index.addDirectory({ path: site });
					if (added.errors.length) {
						throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
					}
					if (added.page_count === 0) {
						throw new Error(
							`Pagefind found no page to index in ${site}: story pages must mark their article with data-pagefind-body`,
						);
					}
					const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
					if (written.errors.length) {
						throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
					}
					logger.info(`indexed ${added.page_count} pages for search`);
				} finally {
					await close();
				}
			},
		},
	};
}
