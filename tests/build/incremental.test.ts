import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editFirstEntry, writeStories, type SynthStory } from '../../scripts/lib/synthStories';
import { shellEnv } from '../support/buildSite';
import { hashTree, readPage, ROOT } from '../support/site';

/**
 * A rebuild after an editor's change (astro.config.mjs, experimental.incrementalBuild): the pages,
 * feeds and timeline.json of the stories that did not change are copied from the last build, the
 * changed story's are made again, and the site is byte for byte what a cold build of the same
 * stories writes; after a change to the code, every page is made again. A stale page would be a
 * newsroom publishing an old timeline, or a fix that never reaches the published pages.
 *
 * The builds run in a copy of the project (its code changes in the last one), sharing
 * node_modules by a symlink.
 */

let work: string;
let stories: SynthStory[];
let rebuild: { status: number | null; output: string };
let cold: { status: number | null; output: string };
let afterCodeChange: { status: number | null; output: string };
let project: string;
const EDIT = 'সম্পাদকের-সংশোধন';
const WORDING = 'How the outage unfolded';
/** A file in the font caches that no page uses. */
const ORPHAN = 'no-page-uses-this.woff2';

/** `npm run build -- --outDir <work>/<out>` of the stories in `<work>/stories`, with `cache`. */
function build(out: string, cache: string) {
	const result = spawnSync('npm', ['run', 'build', '--', '--outDir', join(work, out)], {
		cwd: project,
		encoding: 'utf8',
		env: { ...shellEnv(), STORIES_DIR: join(work, 'stories'), ASTRO_CACHE_DIR: join(work, cache) },
	});
	const output = `${result.stdout}\n${result.stderr}`;
	if (result.status !== 0) throw new Error(`npm run build into ${out} failed:\n${output}`);
	return { status: result.status, output };
}

/**
 * Makes the font caches look a month and more old: every file last used 40 days ago, and one
 * more file in each folder that no page uses.
 */
function ageFontCaches(dir: string): void {
	const old = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
	for (const folder of [dir, join(dir, 'pages', 'files')]) {
		writeFileSync(join(folder, ORPHAN), 'no page uses this');
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			if (entry.isFile()) utimesSync(join(folder, entry.name), old, old);
		}
	}
}

/** The output files Astro's log says it copied from the cache instead of making. */
const restored = (log: string): string[] =>
	// Astro colours its log in CI (CI=true) even into a pipe: without the colour codes.
	[...log.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/(\S+) \(restored\)/g)]
		.map((m) => m[1]!.replace(/^\//, ''))
		.sort();

beforeAll(() => {
	mkdirSync(join(ROOT, 'test-results'), { recursive: true });
	work = mkdtempSync(join(ROOT, 'test-results', 'incremental-'));
	project = join(work, 'project');
	for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json']) {
		cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
	}
	for (const file of ['package.json', 'package-lock.json']) {
		cpSync(join(ROOT, file), join(project, file));
	}
	symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
	stories = writeStories(join(work, 'stories'), 3);
	build('first', 'cache');
	ageFontCaches(join(work, 'cache', 'font-subset'));
	editFirstEntry(join(stories[1]!.dir, 'bn.mdx'), EDIT);
	rebuild = build('rebuilt', 'cache');
	cold = build('cold', 'cold-cache');
	// A fix to the wording every English story page uses (the timeline's heading).
	const ui = join(project, 'src', 'i18n', 'ui', 'en.ts');
	const code = readFileSync(ui, 'utf8');
	const fixed = code.replace(`'timeline.heading': 'Timeline'`, `'timeline.heading': '${WORDING}'`);
	if (fixed === code) throw new Error(`No 'timeline.heading' wording in ${ui}`);
	writeFileSync(ui, fixed);
	afterCodeChange = build('after-code-change', 'cache');
}, 480_000);

afterAll(() => {
	if (work) rmSync(work, { recursive: true, force: true });
});

describe('a rebuild after one story changed', () => {
	it('copies the unchanged stories’ pages, feeds, social cards and timeline.json from the last build', () => {
		const unchanged = [stories[0]!, stories[2]!].flatMap(({ slug }) => [
			`${slug}/timeline.json`,
			`bn/${slug}/index.html`,
			`bn/${slug}/og.png`,
			`bn/${slug}/rss.xml`,
			`en/${slug}/index.html`,
			`en/${slug}/og.png`,
			`en/${slug}/rss.xml`,
		]);
		expect(restored(rebuild.output)).toEqual(unchanged.sort());
	});

	it('makes the changed story’s files again, with the change', () => {
		const { slug } = stories[1]!;
		expect(restored(rebuild.output).filter((f) => f.includes(slug))).toEqual([]);
		const page = readPage(`/bn/${slug}/`, join(work, 'rebuilt'));
		expect(page).toContain(EDIT);
		expect(readFileSync(join(work, 'rebuilt', 'bn', slug, 'rss.xml'), 'utf8')).toContain(EDIT);
		expect(readPage(`/bn/${slug}/`, join(work, 'first'))).not.toContain(EDIT);
	});

	it('gives the unchanged pages the fonts the last build gave them, without shaping them again', () => {
		const reused = (log: string) => Number(/(\d+) pages as in an earlier build/.exec(log)?.[1]);
		const pages = (readdirSync(join(work, 'rebuilt'), { recursive: true }) as string[]).filter(
			(f) => f.endsWith('.html'),
		).length;
		expect(reused(cold.output)).toBe(0);
		// At least the four pages of the two unchanged stories; never the changed page.
		expect(reused(rebuild.output)).toBeGreaterThanOrEqual(4);
		expect(reused(rebuild.output)).toBeLessThan(pages);
	});

	it('writes the same site, byte for byte, as a cold build of the same stories', () => {
		const rebuilt = hashTree(join(work, 'rebuilt'));
		const cold = hashTree(join(work, 'cold'));
		expect(rebuilt.size).toBeGreaterThan(10);
		expect([...rebuilt.keys()], 'file list').toEqual([...cold.keys()]);
		const differing = [...cold].filter(([f, h]) => rebuilt.get(f) !== h).map(([f]) => f);
		expect(differing, 'files that differ from a cold build').toEqual([]);
	});
});

describe('the font caches kept between builds', () => {
	it('delete the files no build has used for 30 days, and keep every file the pages use', () => {
		const dir = join(work, 'cache', 'font-subset');
		expect(rebuild.output).toMatch(/; \d+ cache files unused for 30 days deleted/);
		expect(existsSync(join(dir, ORPHAN)), 'unused subset').toBe(false);
		expect(existsSync(join(dir, 'pages', 'files', ORPHAN)), 'unused page file').toBe(false);
		const { plans } = JSON.parse(
			readFileSync(join(dir, 'pages', 'page-plans-v1.json'), 'utf8'),
		) as { plans: Record<string, { files: string[]; subsets?: string[] }> };
		expect(Object.keys(plans).length).toBeGreaterThan(10);
		for (const plan of Object.values(plans)) {
			for (const file of plan.files)
				expect(existsSync(join(dir, 'pages', 'files', file))).toBe(true);
			for (const subset of plan.subsets ?? []) expect(existsSync(join(dir, subset))).toBe(true);
		}
	});

	it('keep the subsets of pages given their fonts from the last build, so a code change cuts only what new letters need', () => {
		// The rebuild read no subset for its unchanged pages; the change to the English wording
		// below needs every page's fonts worked out again, all from subsets already cut.
		// Latin faces are cut per page by code point: the new wording brings letters the English
		// story pages did not have, so at most each of the three English story pages needs one new
		// cut. Everything else (every Bengali page's shaped subsets) comes from the cache.
		expect(Number(/(\d+) subsets made/.exec(afterCodeChange.output)?.[1])).toBeLessThanOrEqual(3);
		expect(Number(/(\d+) from cache/.exec(afterCodeChange.output)?.[1])).toBeGreaterThan(0);
	});
});

describe('a rebuild after a change to the code', () => {
	it('copies nothing and shows the change on every page that uses it', () => {
		expect(restored(afterCodeChange.output)).toEqual([]);
		for (const { slug } of stories) {
			const page = readPage(`/en/${slug}/`, join(work, 'after-code-change'));
			expect(page, slug).toContain(WORDING);
			expect(readPage(`/en/${slug}/`, join(work, 'rebuilt')), slug).not.toContain(WORDING);
		}
	});
});
