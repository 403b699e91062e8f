import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { deferToPostbuild, type PagefindJob } from './postbuild';
// Imported up front: the config's module runner is closed by the time build:done runs.
import { close, createIndex } from 'pagefind';

/** Pagefind's prebuilt search interfaces, which the site does not use. */
export const UNUSED_UI_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-highlight.js',
];

export type { PagefindJob };

/**
 * Indexes a built site with Pagefind's Node API, writing the search bundle to `<site>/pagefind/`,
 * and returns the line a build logs. Only elements marked `data-pagefind-body` (the story
 * article) are indexed; Pagefind splits the index by `<html lang>`, so each language's search
 * page finds its own editions.
 */
export async function indexSite({ site }: PagefindJob): Promise<string> {
	try {
		// Controls (the zone switcher's fieldset, the key-events filter) and navigation are
		// interface, not story text; a component can also opt out of the index with
		// data-pagefind-ignore. The status summary's list of times ("Began", "Restored", …) goes
		// too: Pagefind ran each label into its value ("Beganaround 8:30 p.m. IST") in result
		// excerpts, and the timeline holds the same times in sentences.
		const { index, errors } = await createIndex({
			excludeSelectors: ['form', 'fieldset', 'nav', '.status-summary dl'],
		});
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: site });
		if (added.errors.length) {
			throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
		}
		const bundle = join(site, 'pagefind');
		const written = await index.writeFiles({ outputPath: bundle });
		if (written.errors.length) {
			throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		}
		// `page_count` counts the pages read, not those indexed; the entry file has both languages' counts.
		const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		const counts = Object.entries(entry.languages).map(([lang, l]) => `${lang}: ${l.page_count}`);
		if (!counts.length) {
			throw new Error(
				`Pagefind indexed no page of the ${added.page_count} in ${site}: story pages must mark their article with data-pagefind-body`,
			);
		}
		// The search page has its own interface (src/components/Search.astro) and uses only
		// pagefind.js, its worker and the index; Pagefind's prebuilt UIs (about 430 KB) go.
		await Promise.all(UNUSED_UI_FILES.map((file) => rm(join(bundle, file), { force: true })));
		return `search index written (pages per language: ${counts.join(', ')})`;
	} finally {
		await close();
	}
}

/**
 * Indexes the built site at the end of every build (also builds into other `--outDir`s, such as
 * the tests'); under `npm run build`, once Astro has exited (see postbuild.ts).
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'somoyrekha:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const job: PagefindJob = { site: fileURLToPath(dir) };
				if (await deferToPostbuild({ kind: 'pagefind', job })) {
					logger.info('the search index is written after Astro exits (npm run build)');
					return;
				}
				logger.info(await indexSite(job));
			},
		},
	};
}
