import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fontFaceCss, inRanges, parseFontFaces } from '../lib/fonts/fontFaces';
import {
	contentHash,
	PageFontPlanner,
	type BoldPolicy,
	type SourceFace,
} from '../lib/fonts/pageFonts';
import { pageFontText } from '../lib/fonts/pageFontText';
import { PagePlanCache, planSalt, type PagePlan } from '../lib/fonts/pagePlanCache';
import { woff2Settings } from '../lib/fonts/woff2';
import { deferToPostbuild } from './postbuild';

export interface FontSubsetOptions {
	/** The stylesheet with the site's @font-face rules (relative to the project root). */
	fontsCss?: string;
	/** Faces whose unicode-range includes this code point get per-page shaped subsets. */
	subsetScriptCodePoint?: number;
	/** Folder for subsets reused across builds (default: font-subset/ in Astro's cacheDir); `false` for none. */
	cacheDir?: string | false;
	/**
	 * Bold text in a subset script: `synthetic` (default) draws it with the regular subset,
	 * emboldened by the browser, on pages that have any; `face` gives it a bold subset. The
	 * FONT_SUBSET_BOLD environment variable overrides it.
	 */
	bold?: BoldPolicy;
}

/** Marks a page (any element) whose text changes after load: it gets whole fonts. */
const FULL_FONT_MARKERS = [/data-font-subset=["']?full/, /\/pagefind\//];

function stylesheetLinks(html: string): string[] {
	return [...html.matchAll(/<link\b[^>]*\brel=["']?stylesheet[^>]*>/g)].flatMap((m) => {
		const href = /\bhref=["']?([^"'\s>]+)/.exec(m[0])?.[1];
		return href ? [href] : [];
	});
}

/** A url() from the font stylesheet as a file: relative to the sheet, or a package in node_modules. */
export function resolveFontUrl(url: string, sheet: string): string {
	if (url.startsWith('.') || url.startsWith('/')) return resolve(dirname(sheet), url);
	// Packages such as @fontsource do not export their font files, so walk up to node_modules.
	for (let dir = dirname(sheet); ; dir = dirname(dir)) {
		const candidate = join(dir, 'node_modules', url);
		if (existsSync(candidate)) return candidate;
		if (dirname(dir) === dir) break;
	}
	throw new Error(`fontSubset: cannot find the font file "${url}" named in ${sheet}`);
}

/**
 * The CSS that decides which of a page's text is bold: its inline <style> elements and the
 * stylesheets it links under `base` (read from `outDir`, each once per `cache`).
 */
export async function stylesOf(
	html: string,
	base: string,
	outDir: string,
	cache: Map<string, Promise<string>>,
): Promise<string> {
	const parts = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
	for (const href of stylesheetLinks(html)) {
		if (!href.startsWith(base)) continue;
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
 * The faces a font stylesheet declares, each with its WOFF2 file: those whose unicode-range holds
 * `scriptCodePoint` are cut per page (`shape`), the others are served whole.
 */
export async function sourceFaces(
	fontsCssPath: string,
	scriptCodePoint: number,
): Promise<SourceFace[]> {
	const sources: SourceFace[] = [];
	for (const face of parseFontFaces(await readFile(fontsCssPath, 'utf8'))) {
		const woff2 = await readFile(resolveFontUrl(face.url, fontsCssPath));
		sources.push({ face, woff2, mode: inRanges(face.ranges, scriptCodePoint) ? 'shape' : 'whole' });
	}
	return sources;
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
	/** Faces whose unicode-range includes this code point get per-page shaped subsets. */
	scriptCodePoint: number;
	/** Folder for subsets reused across builds; none when undefined. */
	cacheDir?: string | undefined;
	bold: BoldPolicy;
}

/**
 * Gives every page of a built site its font links: for each page, the fonts its text needs
 * (Bengali faces cut to what HarfBuzz shapes, other faces whole), a stylesheet of their
 * @font-face rules and a preload for each. Returns the summary line a build logs.
 */
export async function subsetSiteFonts(job: FontSubsetJob): Promise<string> {
	const { root, outDir, base, assetsDir, fontsCssPath, scriptCodePoint, cacheDir, bold } = job;
	const start = performance.now();
	const sources = await sourceFaces(fontsCssPath, scriptCodePoint);
	const planner = await PageFontPlanner.create(sources, cacheDir, { bold });
	// What earlier builds decided for pages with the same HTML and CSS (and code, fonts, settings).
	const plans = cacheDir
		? await PagePlanCache.open(
				join(cacheDir, 'pages'),
				await planSalt(root, { base, assetsDir, scriptCodePoint, bold, woff2: woff2Settings() }),
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
		const full = FULL_FONT_MARKERS.some((re) => re.test(html));
		// With the words the zone switcher can write after load, at the weights it writes them.
		const fonts = await planner.fontsFor(pageFontText(html, pageCss), { full });
		if (fonts.length === 0) return { plan, bytes };
		const rules: string[] = [];
		const preloads: string[] = [];
		for (const font of fonts) {
			const stem = font.face.url
				.split('/')
				.pop()!
				.replace(/\.woff2$/, '');
			const suffix = font.mode === 'shape' ? '-subset' : '';
			const name = `${stem}${suffix}.${font.hash}.woff2`;
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
		const headEnd = html.indexOf('</head>');
		if (headEnd < 0) return;
		const pageCss = await stylesOf(html, base, outDir, cssCache);
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
	let pruned = 0;
	const usedSubsets = new Set<string>();
	// Pages in flight at once: shaping runs here while worker threads cut subsets.
	try {
		let next = 0;
		const lane = async (): Promise<void> => {
			while (next < pages.length) await processPage(pages[next++]!);
		};
		await Promise.all(Array.from({ length: 16 }, lane));
		// Cache files no build has used for 30 days are deleted, so a cache kept between deploys
		// does not grow with every edit ever made.
		pruned = ((await plans?.save()) ?? 0) + (await planner.pruneCache(usedSubsets));
	} finally {
		await planner.close();
	}
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

/**
 * Per-page Bengali font subsets. In `astro build` the site's font stylesheet (src/styles/fonts.css)
 * is emptied; after the build, each page gets `<link rel="stylesheet">` to a small CSS file with
 * @font-face rules for exactly the fonts its text needs: Bengali faces cut to the glyphs HarfBuzz
 * produces when shaping that page's text at that weight, other faces (Latin) unchanged. Files are
 * named by content hash, so builds are reproducible and pages with the same needs share files.
 * No inline style or script changes, so a content-security-policy's hashes stay valid; the CSS
 * and fonts come from the site's own origin ('self'). `astro dev` keeps the full fonts.
 */
export default function fontSubset(options: FontSubsetOptions = {}): AstroIntegration {
	const fontsCssOption = options.fontsCss ?? 'src/styles/fonts.css';
	const scriptCodePoint = options.subsetScriptCodePoint ?? 0x0985; // Bengali letter A
	let root = process.cwd();
	let base = '/';
	let assetsDir = '_astro';
	let fontsCssPath = resolve(root, fontsCssOption);
	let cacheRoot = resolve(root, 'node_modules/.astro');
	let enabled = false;

	return {
		name: 'somoyrekha:font-subset',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig }) => {
				root = fileURLToPath(config.root);
				fontsCssPath = resolve(root, fontsCssOption);
				// FONT_SUBSET=0 builds with the whole fontsource files, as `astro dev` serves them.
				enabled = command === 'build' && process.env.FONT_SUBSET !== '0';
				if (!enabled) return;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'somoyrekha:font-subset:empty-fonts-css',
								enforce: 'pre',
								load(id: string) {
									const path = id.split('?')[0];
									return path === fontsCssPath
										? '/* @font-face rules: per page, added after the build by fontSubset */'
										: undefined;
								},
							},
						],
					},
				});
			},
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				cacheRoot = fileURLToPath(config.cacheDir);
				assetsDir = config.build.assets;
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!enabled) return;
				const envBold = process.env.FONT_SUBSET_BOLD;
				if (envBold && envBold !== 'synthetic' && envBold !== 'face') {
					throw new Error(
						`fontSubset: FONT_SUBSET_BOLD must be "synthetic" or "face", not "${envBold}"`,
					);
				}
				const job: FontSubsetJob = {
					root,
					outDir: fileURLToPath(dir),
					base,
					assetsDir,
					fontsCssPath,
					scriptCodePoint,
					cacheDir:
						options.cacheDir === false || process.env.FONT_SUBSET_CACHE === '0'
							? undefined
							: options.cacheDir
								? resolve(root, options.cacheDir)
								: join(cacheRoot, 'font-subset'),
					bold: (envBold as BoldPolicy | undefined) ?? options.bold ?? 'synthetic',
				};
				if (await deferToPostbuild({ kind: 'font-subset', job })) {
					logger.info('subsets are cut after Astro exits (npm run build)');
					return;
				}
				logger.info(await subsetSiteFonts(job));
			},
		},
	};
}
