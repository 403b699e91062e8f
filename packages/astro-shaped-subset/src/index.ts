/**
 * astro-shaped-subset: per-page web font subsets cut to what HarfBuzz shapes (see README.md).
 * The Astro integration is the default export; the rest is for running the font phase outside
 * Astro and for tests.
 */
import type { AstroIntegration } from 'astro';
import integration, { type ShapedSubsetOptions } from './integration.ts';
import { subsetSiteFonts } from './subsetSite.ts';

/** The Astro integration, cutting the subsets at the end of `astro build` (or where `defer` says). */
export default function shapedSubset(options: ShapedSubsetOptions = {}): AstroIntegration {
	return integration(options, subsetSiteFonts);
}
export type { ShapedSubsetOptions };
export {
	subsetSiteFonts,
	sourceFaces,
	stylesOf,
	htmlFiles,
	type FontSubsetJob,
	type SubsetFaces,
} from './subsetSite.ts';
export { pageFontText, type LateText, type LateTextOf, type BuiltPage } from './lateText.ts';
export {
	pageText,
	visibleText,
	faceRuns,
	weightRules,
	type PageText,
	type Weight,
} from './pageText.ts';
export {
	parseFontFaces,
	parseUnicodeRange,
	inRanges,
	fontFaceCss,
	lateFamilyName,
	lateFaces,
	type FontFace,
} from './fontFaces.ts';
export { PageFontPlanner, type BoldPolicy, type SourceFace, type PageFont } from './pageFonts.ts';
export { Shaper, emptyTrace, type ShapingTrace } from './shaper.ts';
export { GlyphSubsetter, type SubsetOptions } from './subsetter.ts';
export { woff2, woff2Settings, type Woff2Settings } from './woff2.ts';
export { encodeWoff2, encodeWoff2Async } from './woff2Encoder.ts';
export { PagePlanCache, planSalt, type PagePlan } from './pagePlanCache.ts';
export { pruneUnused, KEEP_UNUSED_DAYS } from './cachePrune.ts';
