import { readdir, readFile, rm } from 'node:fs/promises';
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
 * Where Pagefind ends a sentence: at the end of a block (`</h1>`, `</p>`, `</li>`, …) whose text
 * ends in a letter, digit or one of `'")$*`, perhaps inside inline elements. Pagefind then adds a
 * Latin full stop, so that excerpts read as sentences; its list of blocks and characters.
 */
const SENTENCE_END =
	/([\p{L}\p{M}\p{N}_'")$*])((?:\s|<\/(?:a|abbr|b|bdi|button|cite|code|em|i|label|option|q|select|small|span|strong|sub|sup|time)>)*)(<\/(?:h[1-6]|p|td|div|ul|li|article|section)>)/gu;

/**
 * A Bengali page's HTML as Pagefind should read it: each block that ends without punctuation ends
 * with a dari (`।`), which Pagefind leaves as it is, instead of the Latin full stop Pagefind
 * would add ("সমস্যা. মঙ্গলবার" in a result's excerpt becomes "সমস্যা। মঙ্গলবার"). Other pages are
 * returned unchanged. Only the index reads this; the published page is not changed, e.g.
 * `forSearchIndex('<html lang="bn"><h1>সমস্যা</h1>')` → `'<html lang="bn"><h1>সমস্যা।</h1>'`.
 */
export function forSearchIndex(html: string): string {
	if (!/<html[^>]*\slang="bn"/.test(html)) return html;
	return html.replace(SENTENCE_END, '$1\u0964$2$3');
}

/**
 * Indexes a built site with Pagefind's Node API, writing the search bundle to `<site>/pagefind/`,
 * and returns the line a build logs. Only elements marked `data-pagefind-body` (the story
 * article) are indexed; Pagefind splits the index by `<html lang>`, so each language's search
 * page finds its own editions.
 */
export async function indexSite({ site }: PagefindJob): Promise<string> {
	try {
		// Controls (the zone switcher's fieldset and its select, whose options Pagefind ran together:
		// "সময়বাংলাদেশ সময়UTC"; the key-events filter) and navigation are
		// interface, not story text; a component can also opt out of the index with
		// data-pagefind-ignore. The status summary's list of times ("Began", "Restored", …) goes
		// too: Pagefind ran each label into its value ("Beganaround 8:30 p.m. IST") in result
		// excerpts, and the timeline holds the same times in sentences.
		const { index, errors } = await createIndex({
			excludeSelectors: ['form', 'fieldset', 'select', 'nav', '.status-summary dl'],
		});
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		// Each page is handed over as text (not addDirectory), so a Bengali page's blocks end with
		// a dari rather than Pagefind's Latin full stop (forSearchIndex).
		const added = { page_count: 0, errors: [] as string[] };
		const files = (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html'));
		for (const file of files) {
			const content = forSearchIndex(await readFile(join(site, file), 'utf8'));
			const result = await index.addHTMLFile({ url: pageUrl(file), content });
			added.errors.push(...result.errors);
			added.page_count++;
		}
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

/** The URL Pagefind gives a page: its path in the site, `index.html` dropped, e.g. `bn/x/index.html` → `/bn/x/`. */
function pageUrl(file: string): string {
	return `/${file.split(/[\\/]/).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
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
