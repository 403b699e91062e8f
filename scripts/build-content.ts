/**
 * `npm run build:content [-- --outDir <dir>] [-- --no-axe]`: the content lane, for a change to
 * story files only (content/). What the full lane checks with `npm test` that a story change
 * cannot break (the code, its types, its unit tests) is not run again; what it can break is:
 *
 * 1. `npm run build` (scripts/build.ts): every story checked as `npm run check:content` does, and
 *    the incremental build with its cache (ASTRO_CACHE_DIR), published atomically into `dist/`;
 * 2. checks of the built site (scripts/lib/checkBuiltSite.ts): internal links and anchors, feeds
 *    (strict XML), every `timeline.json` against its format, JSON-LD; and on the pages the build
 *    changed, html-validate and the page-weight ceilings;
 * 3. axe-core (WCAG 2.2 A/AA) on the changed pages in Chromium, when /usr/bin/chromium is there.
 *
 * Exits 0 when `dist/` is ready to upload; prints how long each step took. The checks run on
 * the new `dist/`: if one fails, `dist/` holds a build that must not be uploaded (CI stops
 * before its upload step), and the next build replaces it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import type { PageLinks } from './lib/checkBuiltSite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/chromium';
import { safeBuild } from './build';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Chromium for axe, started as the tests start it. */
export async function launchChromium(): Promise<Browser> {
	const { chromium } = await import('playwright-core');
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** axe-core on each page in Chromium; one line per violation. */
export async function axeProblems(
	browser: Browser,
	dir: string,
	base: string,
	pages: readonly string[],
): Promise<string[]> {
	const source = readFileSync(
		resolve(import.meta.dirname, '../node_modules/axe-core/axe.min.js'),
		'utf8',
	);
	const { serveStatic } = await import('../tests/support/server');
	const server = await serveStatic(dir, { base });
	const problems: string[] = [];
	try {
		const page = await browser.newPage();
		for (const path of pages) {
			await page.goto(`${server.origin}${path}`);
			await page.evaluate(source);
			const violations = await page.evaluate(async (tags) => {
				const axe = (
					window as unknown as {
						axe: {
							run(
								context: Document,
								options: object,
							): Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }>;
						};
					}
				).axe;
				const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
				return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} elements)`);
			}, AXE_TAGS);
			problems.push(...violations.map((v) => `${path}: axe ${v}`));
		}
		await page.close();
	} finally {
		await server.close();
	}
	return problems;
}

/** Runs the content lane; resolves to the exit status. */
export async function buildContent(options: { outDir?: string; axe?: boolean }): Promise<number> {
	const outDir = resolve(options.outDir ?? 'dist');
	const rawBase = process.env['BASE_PATH'] ?? '/';
	const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
	const times: string[] = [];
	const timed = async <T>(name: string, step: () => Promise<T>): Promise<T> => {
		const start = performance.now();
		const result = await step();
		times.push(`${name} ${((performance.now() - start) / 1000).toFixed(1)} s`);
		return result;
	};
	// The pages earlier runs checked and found nothing wrong with, by content hash, for the site
	// checks and for axe apart: kept in the build cache (CI keeps it between runs while dist/
	// starts empty); a page that failed is checked again. Without it (a first run), every page
	// counts as changed.
	const record = join(
		resolve(process.env['ASTRO_CACHE_DIR'] ?? 'node_modules/.astro'),
		'content-lane-pages.json',
	);
	// With the site checks' record, the ids and links of each page that passed: an unchanged page
	// is not read again, its links are resolved against the new build (checkBuiltSite).
	const recorded: Partial<
		Record<'checks' | 'axe', Record<string, string>> & { links: Record<string, PageLinks> }
	> = existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as typeof recorded) : {};
	const axe = options.axe !== false && existsSync(CHROMIUM_PATH);
	// Once Astro has built the pages, while the font and search jobs run (in a process of their
	// own, on one core), this one loads the checkers and starts Chromium on the other: a few
	// seconds that would otherwise come after the build. Not sooner: beside the story check and
	// Astro's start, both cores are busy, and at one story starting them there held Astro back
	// by more than they saved.
	let checkers: Promise<typeof import('./lib/checkBuiltSite')> | undefined;
	let browser: Promise<Browser | Error> | undefined;
	const prepare = () => {
		checkers ??= import('./lib/checkBuiltSite');
		checkers.catch(() => undefined); // a failed import is thrown where it is awaited
		if (axe) browser ??= launchChromium().catch((error: unknown) => error as Error);
	};
	try {
		return await checkAndRecord();
	} finally {
		const started = await browser;
		if (started && !(started instanceof Error)) await started.close();
	}

	async function checkAndRecord(): Promise<number> {
		const built = await timed('build', () => safeBuild({ outDir, whenAstroDone: prepare }));
		if (built !== 0) return built;
		prepare();
		const { checkBuiltSite, pageHashes } = await checkers!;
		const after = pageHashes(outDir, base);
		const changedSince = (passed: Record<string, string> = {}) =>
			[...after].filter(([page, hash]) => passed[page] !== hash).map(([page]) => page);
		const changed = changedSince(recorded.checks);
		console.log(`${changed.length} of ${after.size} pages changed (or not yet checked).`);
		const links = new Map(Object.entries(recorded.links ?? {}));
		const problems = await timed('site checks', () => checkBuiltSite(outDir, base, changed, links));
		const toAxe = axe ? changedSince(recorded.axe) : [];
		if (axe) console.log(`axe on ${toAxe.length} pages (changed, or not yet checked by axe).`);
		// After the site checks, one page at a time. Tried at one story (2026-12-07) and not kept:
		// axe in two tabs beside the site checks (each step slowed the other; a second tab costs a
		// renderer's start) was no faster on two cores, nor was axe before the checks.
		if (toAxe.length) {
			const chromium = await browser;
			if (chromium instanceof Error) throw chromium;
			problems.push(...(await timed('axe', () => axeProblems(chromium!, outDir, base, toAxe))));
		}
		// Pages that passed are not checked again until they change; without axe, the pages axe
		// passed before stay recorded as they were.
		const passed = (hashes: Iterable<[string, string]>) =>
			Object.fromEntries(
				[...hashes].filter(
					([page]) => after.has(page) && !problems.some((p) => p.startsWith(`${page}:`)),
				),
			);
		const checked = passed(after);
		mkdirSync(join(record, '..'), { recursive: true });
		writeFileSync(
			record,
			JSON.stringify({
				checks: checked,
				axe: axe ? checked : passed(Object.entries(recorded.axe ?? {})),
				links: Object.fromEntries([...links].filter(([page]) => page in checked)),
			}),
		);
		if (problems.length) {
			console.error(`\n✗ ${problems.length} problems in the built site; do not upload it:`);
			for (const problem of problems) console.error(`  ${problem}`);
		} else console.log(`✓ ${outDir} is ready to upload.`);
		console.log(`Content lane: ${times.join(', ')}.`);
		return problems.length ? 1 : 0;
	}
}

if (import.meta.filename === process.argv[1]) {
	const { values } = parseArgs({
		options: { outDir: { type: 'string' }, 'no-axe': { type: 'boolean', default: false } },
	});
	process.exitCode = await buildContent({
		...(values.outDir ? { outDir: values.outDir } : {}),
		axe: !values['no-axe'],
	});
}
