import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fontFaceCss, lateFaces, parseFontFaces } from './fontFaces.ts';
import type { LateTextOf } from './lateText.ts';
import type { BoldPolicy } from './pageFonts.ts';
import type { FontSubsetJob, SubsetFaces } from './subsetSite.ts';

/** Options of {@link shapedSubset}. */
export interface ShapedSubsetOptions {
	/** The stylesheet with the site's @font-face rules (relative to the project root). */
	fontsCss?: string;
	/**
	 * Which faces are cut per page: `'all'` (default), or a code point: the faces whose
	 * unicode-range includes it (e.g. 0x0985 for Bengali), the others served whole.
	 */
	subsetFaces?: SubsetFaces;
	/**
	 * Of the faces cut per page, which are cut to what shaping the page's text produces: `'all'`
	 * (default) or a code point. The others are cut to the page's code points with everything
	 * GSUB can reach from them, as plain subsetters do: no shaping, so much cheaper to work out
	 * for a script whose shaping is simple (Latin), and larger.
	 */
	shapeFaces?: SubsetFaces;
	/** What a page's scripts can write after load (its fonts must draw that too). */
	lateText?: LateTextOf;
	/** Pages with an element matching this selector get whole fonts: their text changes after load. */
	wholeFonts?: string;
	/**
	 * How `wholeFonts` pages get the whole fonts. Unset: every face whole under its own family,
	 * preloaded, in place of the subsets. Set (e.g. `'{family} Whole'`; `{family}` is the face's
	 * family): the page's own text gets its subsets and preloads as on any other page, and every
	 * face is declared a second time, whole, under this family, not preloaded. The site's CSS puts
	 * that family first on the elements whose text arrives after load (search results, the typed
	 * query): a browser fetches the whole faces when such text is drawn, not before.
	 */
	lateFamily?: string;
	/**
	 * Files and folders of the project a page's fonts depend on besides the page (the code that
	 * says what scripts write, the font stylesheet, the lockfile): a change to any makes the
	 * page-plan cache work every page out again.
	 */
	planInputs?: string[];
	/** Folder for subsets reused across builds (default: font-subset/ in Astro's cacheDir); `false` for none. */
	cacheDir?: string | false;
	/**
	 * Bold text drawn by a face cut per page: `face` (default) gets the family's bold face, cut per
	 * page like the regular one; `synthetic` is drawn with the regular subset, emboldened by the
	 * browser. The FONT_SUBSET_BOLD environment variable overrides it.
	 */
	bold?: BoldPolicy;
	/**
	 * Runs the font phase elsewhere: given the job (JSON), return true if it will be run later
	 * (e.g. in a process of its own once Astro has exited, with {@link subsetSiteFonts}), false to
	 * run it now.
	 */
	defer?: (job: FontSubsetJob) => Promise<boolean>;
}

/** The font phase, given to the integration by the package's main entry (index.ts). */
export type SiteFontCutter = (
	job: FontSubsetJob,
	options: { lateTextOf?: LateTextOf | undefined },
) => Promise<string>;

/**
 * Per-page shaped font subsets. In `astro build` the site's font stylesheet is emptied; after the
 * build, each page gets `<link rel="stylesheet">` to a small CSS file with @font-face rules for
 * exactly the fonts its text needs (each face cut to the glyphs HarfBuzz produces when shaping that
 * page's text at that weight, or served whole: `subsetFaces`) and a preload for each; pages
 * matching `wholeFonts` get the whole faces, preloaded or (`lateFamily`) under a second family,
 * fetched only when text in it is drawn.
 * Files are named by content hash, so builds are reproducible and pages with the same needs share
 * files. No inline style or script changes, so a content-security-policy stays valid; the CSS and
 * fonts come from the site's own origin. `astro dev` keeps the full fonts; so does FONT_SUBSET=0.
 */
/**
 * The integration without the font phase's code (HarfBuzz, the WOFF2 encoder, the HTML parser:
 * about 0.6 s to load), for a build whose `defer` runs every job elsewhere
 * (`astro-shaped-subset/integration`); the package's main entry gives it `cut`.
 */
export default function shapedSubset(
	options: ShapedSubsetOptions = {},
	cut?: SiteFontCutter,
): AstroIntegration {
	const fontsCssOption = options.fontsCss ?? 'src/styles/fonts.css';
	const subsetFaces = options.subsetFaces ?? 'all';
	const shapeFaces = options.shapeFaces ?? 'all';
	let root = process.cwd();
	let base = '/';
	let assetsDir = '_astro';
	let fontsCssPath = resolve(root, fontsCssOption);
	let cacheRoot = resolve(root, 'node_modules/.astro');
	let enabled = false;
	/** The font stylesheet as the site sees it: emptied when subsetting, else with the late family. */
	const fontsCssModule = async (): Promise<string | undefined> => {
		if (enabled) {
			return '/* @font-face rules: per page, added after the build by astro-shaped-subset */';
		}
		if (options.lateFamily === undefined) return undefined;
		// Whole fonts everywhere (astro dev, FONT_SUBSET=0): the late family is declared too, on
		// the same files, so the site's CSS draws its late text as in a subsetting build.
		const css = await readFile(fontsCssPath, 'utf8');
		const late = lateFaces(parseFontFaces(css), options.lateFamily);
		return `${css}\n${late.map((face) => fontFaceCss(face, face.url)).join('\n')}\n`;
	};

	return {
		name: 'astro-shaped-subset',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig }) => {
				root = fileURLToPath(config.root);
				fontsCssPath = resolve(root, fontsCssOption);
				enabled = command === 'build' && process.env.FONT_SUBSET !== '0';
				if (!enabled && options.lateFamily === undefined) return;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'astro-shaped-subset:fonts-css',
								enforce: 'pre',
								load(id: string) {
									const path = id.split('?')[0];
									return path === fontsCssPath ? fontsCssModule() : undefined;
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
						`astro-shaped-subset: FONT_SUBSET_BOLD must be "synthetic" or "face", not "${envBold}"`,
					);
				}
				const job: FontSubsetJob = {
					root,
					outDir: fileURLToPath(dir),
					base,
					assetsDir,
					fontsCssPath,
					subsetFaces,
					shapeFaces,
					wholeFonts: options.wholeFonts ?? '[data-font-subset="full"]',
					lateFamily: options.lateFamily,
					planInputs: options.planInputs ?? ['src', 'package-lock.json'],
					cacheDir:
						options.cacheDir === false || process.env.FONT_SUBSET_CACHE === '0'
							? undefined
							: options.cacheDir
								? resolve(root, options.cacheDir)
								: join(cacheRoot, 'font-subset'),
					bold: (envBold as BoldPolicy | undefined) ?? options.bold ?? 'face',
				};
				if (await options.defer?.(job)) {
					logger.info('subsets are cut after Astro exits');
					return;
				}
				if (!cut) {
					throw new Error(
						"astro-shaped-subset/integration cuts no subsets in Astro's process: its `defer` must take every job, or import the integration from 'astro-shaped-subset'",
					);
				}
				logger.info(await cut(job, { lateTextOf: options.lateText }));
			},
		},
	};
}
