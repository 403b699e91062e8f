import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { fontFaceCss, inRanges, lateFaces, parseFontFaces, type FontFace } from './fontFaces.ts';
import { pageFontText, type LateTextOf } from './lateText.ts';
import { contentHash, PageFontPlanner, type BoldPolicy, type SourceFace } from './pageFonts.ts';
import { PagePlanCache, planSalt, type PagePlan } from './pagePlanCache.ts';
import { woff2Settings } from './woff2.ts';

/** A url() from the font stylesheet as a file: relative to the sheet, or a package in node_modules. */
export function resolveFontUrl(url: string, sheet: string): string {
	if (url.startsWith('.') || url.startsWith('/')) return resolve(dirname(sheet), url);
	// Packages such as @fontsource do not export their font files, so walk up to node_modules.
	for (let dir = dirname(sheet); ; dir = dirname(dir)) {
		const candidate = join(dir, 'node_modules', url);
		if (existsSync(candidate)) return candidate;
		if (dirname(dir) === dir) break;
	}
	throw new Error(`astro-shaped-subset: cannot find the font file "${url}" named in ${sheet}`);
}

/**
 * The CSS that decides which of a page's text is bold: the `<style>` elements of its head (a
 * node-html-parser document of the page or its head) and the stylesheets it links under `base`
 * (read from `outDir`, each once per `cache`).
 */
export async function stylesOf(
	head: HTMLElement,
	base: string,
	outDir: string,
	cache: Map<string, Promise<string>>,
): Promise<string> {
	const parts = head.querySelectorAll('style').map((style) => style.text);
	for (const link of head.querySelectorAll('link[rel~="stylesheet"]')) {
		const href = link.getAttribute('href');
		if (!href?.startsWith(base)) continue;
		const path = join(outDir, href.slice(base.length));
		if (!cache.has(path))
			cache.set(
				path,
				readFile(path, 'utf8').catch(() => ''),
			);
		parts.push(await cache.get(path)!);
	}
	return parts.join('\n');
}

/**
 * Which faces are cut per page: `'all'`, or those whose unicode-range includes this code point
 * (the others are served whole, shared by every page that needs them).
 */
export type SubsetFaces = 'all' | number;

/**
 * The faces a font stylesheet declares, each with its WOFF2 file and how it is cut: of the faces
 * `subsetFaces` names, those `shapeFaces` names are cut to what shaping the page's text produces
 * (`shape`), the others to the page's code points (`unicode`); the rest are served `whole`.
 */
export async function sourceFaces(
	fontsCssPath: string,
	subsetFaces: SubsetFaces = 'all',
	shapeFaces: SubsetFaces = 'all',
): Promise<SourceFace[]> {
	const names = (which: SubsetFaces, face: FontFace): boolean =>
		which === 'all' || inRanges(face.ranges, which);
	const sources: SourceFace[] = [];
	for (const face of parseFontFaces(await readFile(fontsCssPath, 'utf8'))) {
		const woff2 = await readFile(resolveFontUrl(face.url, fontsCssPath));
		const mode = !names(subsetFaces, face)
			? 'whole'
			: names(shapeFaces, face)
				? 'shape'
				: 'unicode';
		sources.push({ face, woff2, mode });
	}
	return sources;
}

/** A face's file name without its folder and `.woff2`, e.g. `noto-sans-bengali-bengali-400-normal`. */
function fileStem(face: FontFace): string {
	return face.url
		.split('/')
		.pop()!
		.replace(/\.woff2$/, '');
}

/** Every HTML file under a folder, sorted. */
export async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name))
		.sort();
}

/** What the font phase needs to know about a finished build; JSON, so another process can run it. */
export interface FontSubsetJob {
	/** The project root. */
	root: string;
	/** The built site. */
	outDir: string;
	/** The site's base path, ending in `/`. */
	base: string;
	/** Astro's assets folder in the built site (`build.assets`). */
	assetsDir: string;
	/** The stylesheet with the site's @font-face rules. */
	fontsCssPath: string;
	/** Which faces are cut per page. */
	subsetFaces: SubsetFaces;
	/** Of those, which are cut by shaping (the others by code points). */
	shapeFaces: SubsetFaces;
	/** Pages with an element matching this selector get whole fonts (their text changes after load). */
	wholeFonts: string;
	/**
	 * On `wholeFonts` pages, the family the whole faces are declared under, not preloaded
	 * (`{family}`: the face's own family), while the page's own text gets its subsets as on any
	 * page. Without it, those pages get the whole faces under their own family, preloaded.
	 */
	lateFamily?: string | undefined;
	/** Files and folders under `root` whose content a page's fonts depend on (its code, the lockfile). */
	planInputs: string[];
	/** Folder for subsets reused across builds; none when undefined. */
	cacheDir?: string | undefined;
	bold: BoldPolicy;
}

/**
 * Gives every page of a built site its font links: for each page, the fonts its text needs
 * (faces cut to what HarfBuzz shapes, or whole: see {@link SubsetFaces}), a stylesheet of
 * their @font-face rules and a preload for each. `lateTextOf` says what a page's scripts can
 * write after load. Returns the summary line a build logs.
 */
export async function subsetSiteFonts(
	job: FontSubsetJob,
	{ lateTextOf }: { lateTextOf?: LateTextOf | undefined } = {},
): Promise<string> {
	const { root, outDir, base, assetsDir, fontsCssPath, subsetFaces, shapeFaces, cacheDir, bold } =
		job;
	const start = performance.now();
	const sources = await sourceFaces(fontsCssPath, subsetFaces, shapeFaces);
	// Every face whole under the late family, for the text `wholeFonts` pages get after load.
	const late =
		job.lateFamily === undefined
			? undefined
			: lateFaces(
					sources.map((s) => s.face),
					job.lateFamily,
				).map((face, i) => {
					const { woff2 } = sources[i]!;
					return { face, woff2, name: `${fileStem(face)}.${contentHash(woff2)}.woff2` };
				});
	const planner = await PageFontPlanner.create(sources, cacheDir, {
		bold,
		// This package's own code and HarfBuzz's version: what shaping a list gives changes with
		// nothing else (the fonts' bytes are in each list's key).
		listSalt: cacheDir ? await planSalt(root, [], { harfbuzz: harfbuzzVersion() }) : undefined,
	});
	// What earlier builds decided for pages with the same HTML and CSS (and code, fonts, settings).
	const plans = cacheDir
		? await PagePlanCache.open(
				join(cacheDir, 'pages'),
				await planSalt(root, job.planInputs, {
					base,
					assetsDir,
					subsetFaces,
					shapeFaces,
					wholeFonts: job.wholeFonts,
					lateFamily: job.lateFamily ?? null,
					bold,
					woff2: woff2Settings(),
				}),
			)
		: undefined;
	const written = new Set<string>();
	const assetsPath = join(outDir, assetsDir);
	await mkdir(assetsPath, { recursive: true });
	const emit = async (name: string, bytes: Uint8Array | string): Promise<string> => {
		if (!written.has(name)) {
			written.add(name);
			await writeFile(join(assetsPath, name), bytes);
		}
		return `${base}${assetsDir}/${name}`;
	};
	const pages = await htmlFiles(outDir);
	const cssCache = new Map<string, Promise<string>>();
	let fontBytes = 0;
	/** Works out a page's fonts: writes the files it needs, returns its links and their bytes. */
	const newPlan = async (
		html: string,
		pageCss: string,
	): Promise<{ plan: PagePlan; bytes: Map<string, Uint8Array | string> }> => {
		const plan: PagePlan = { links: '', files: [], fontBytes: 0 };
		const bytes = new Map<string, Uint8Array | string>();
		const document = parse(html, { comment: false });
		const whole = document.querySelector(job.wholeFonts) !== null;
		// With a late family, the page's own text is cut for like any page's; the whole faces
		// come after, under the late family, for what arrives after load.
		const fonts = await planner.fontsFor(pageFontText(document, pageCss, lateTextOf), {
			full: whole && !late,
		});
		const lateFonts = whole && late ? late : [];
		if (fonts.length === 0 && lateFonts.length === 0) return { plan, bytes };
		const rules: string[] = [];
		const preloads: string[] = [];
		for (const font of fonts) {
			const suffix = font.mode === 'shape' || font.mode === 'unicode' ? '-subset' : '';
			const name = `${fileStem(font.face)}${suffix}.${font.hash}.woff2`;
			const href = await emit(name, font.woff2);
			plan.files.push(name);
			if (font.cacheName) (plan.subsets ??= []).push(font.cacheName);
			bytes.set(name, font.woff2);
			plan.fontBytes += font.woff2.byteLength;
			rules.push(fontFaceCss(font.face, href));
			// Each font the page needs is fetched beside its stylesheets, not after layout has
			// found text for it, so the text is drawn once, in its face (no swap, no shift).
			preloads.push(`<link rel="preload" href="${href}" as="font" type="font/woff2" crossorigin>`);
		}
		// Not preloaded: a browser fetches a face when text in its family is drawn, so these come
		// only once the elements the site's CSS gives the late family have text (search results).
		for (const font of lateFonts) {
			const href = await emit(font.name, font.woff2);
			plan.files.push(font.name);
			bytes.set(font.name, font.woff2);
			rules.push(fontFaceCss(font.face, href));
		}
		const sheet = `${rules.join('\n')}\n`;
		const sheetName = `fonts.${contentHash(sheet)}.css`;
		const sheetHref = await emit(sheetName, sheet);
		plan.files.push(sheetName);
		bytes.set(sheetName, sheet);
		plan.links = `${preloads.join('')}<link rel="stylesheet" href="${sheetHref}">`;
		return { plan, bytes };
	};
	const processPage = async (file: string): Promise<void> => {
		const html = await readFile(file, 'utf8');
		// The links go at the end of the head; a page without one is left alone.
		const headEnd = html.indexOf('</head>');
		if (headEnd < 0) return;
		// The head alone tells which stylesheets the page links: a page answered from the plan
		// cache is never parsed whole.
		const pageCss = await stylesOf(parse(html.slice(0, headEnd)), base, outDir, cssCache);
		const key = plans?.key(html, pageCss);
		let plan = key === undefined ? undefined : plans?.get(key);
		if (plan) {
			// As in an earlier build: its files come from the store.
			for (const name of plan.files) {
				if (written.has(name)) continue;
				written.add(name);
				await plans!.restore(name, join(assetsPath, name));
			}
		} else {
			const made = await newPlan(html, pageCss);
			plan = made.plan;
			if (key !== undefined) await plans?.record(key, plan, made.bytes);
		}
		fontBytes += plan.fontBytes;
		for (const name of plan.subsets ?? []) usedSubsets.add(name);
		if (plan.links)
			await writeFile(file, `${html.slice(0, headEnd)}${plan.links}${html.slice(headEnd)}`);
	};
	const usedSubsets = new Set<string>();
	// Pages in flight at once: shaping runs here while Node's thread pool compresses subsets.
	let next = 0;
	const lane = async (): Promise<void> => {
		while (next < pages.length) await processPage(pages[next++]!);
	};
	await Promise.all(Array.from({ length: 16 }, lane));
	// Cache files no build has used for 30 days are deleted, so a cache kept between deploys
	// does not grow with every edit ever made.
	const pruned = ((await plans?.save()) ?? 0) + (await planner.pruneCache(usedSubsets));
	const ms = Math.round(performance.now() - start);
	const rel = relative(root, outDir).split(sep).join('/') || '.';
	const { subsetMs, woff2Ms } = planner.subsetTimes;
	return (
		`${pages.length} pages, ${written.size} font files and stylesheets in ${rel}/${assetsDir}/ ` +
		`(${planner.stats.subsets} subsets made, ${planner.stats.cacheHits} from cache, ` +
		`${plans ? plans.hits : 0} pages as in an earlier build, ` +
		`${Math.round(fontBytes / pages.length)} font bytes a page on average) in ${ms} ms ` +
		`(shaping ${Math.round(planner.stats.shapeMs)} ms, hb-subset ${Math.round(subsetMs)} ms, ` +
		`WOFF2 under way ${Math.round(woff2Ms)} ms)` +
		(pruned ? `; ${pruned} cache files unused for 30 days deleted` : '')
	);
}

/** The installed harfbuzzjs's version, e.g. `'1.6.4'` (what shapes the text). */
function harfbuzzVersion(): string {
	// Its package.json is not in its exports: found from its entry (dist/index.mjs).
	const entry = createRequire(import.meta.url).resolve('harfbuzzjs');
	const manifest = join(dirname(dirname(entry)), 'package.json');
	return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
