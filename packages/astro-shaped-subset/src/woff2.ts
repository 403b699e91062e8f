import { compress } from 'wawoff2';
import { encodeWoff2Async } from './woff2Encoder.ts';

/** How subsets are WOFF2-compressed: FONT_SUBSET_WOFF2 `native` (default) or `wawoff2`. */
export interface Woff2Settings {
	/** `native`: ./woff2Encoder.ts over Node's Brotli; `wawoff2`: Google's encoder in WebAssembly. */
	encoder: 'native' | 'wawoff2';
	/** Brotli quality for `native` (0 to 11); wawoff2 always uses 11. */
	quality: number;
}

/** The settings from the environment: FONT_SUBSET_WOFF2 (`native` or `wawoff2`) and FONT_SUBSET_WOFF2_QUALITY. */
export function woff2Settings(env: NodeJS.ProcessEnv = process.env): Woff2Settings {
	const encoder = env.FONT_SUBSET_WOFF2 ?? 'native';
	if (encoder !== 'native' && encoder !== 'wawoff2') {
		throw new Error(`FONT_SUBSET_WOFF2 must be "native" or "wawoff2", not "${encoder}"`);
	}
	const quality = Number(env.FONT_SUBSET_WOFF2_QUALITY ?? 11);
	if (!Number.isInteger(quality) || quality < 0 || quality > 11) {
		throw new Error(
			`FONT_SUBSET_WOFF2_QUALITY must be a whole number from 0 to 11, not "${env.FONT_SUBSET_WOFF2_QUALITY}"`,
		);
	}
	return { encoder, quality };
}

/**
 * WOFF2 bytes of a TrueType font. `native` compresses on Node's thread pool, several at once.
 * wawoff2 returns a view into its WebAssembly memory that its next call overwrites, so callers
 * must not overlap wawoff2 calls: the copy is taken before another can start.
 */
export async function woff2(
	ttf: Uint8Array,
	settings: Woff2Settings = woff2Settings(),
): Promise<Uint8Array> {
	if (settings.encoder === 'native') return encodeWoff2Async(ttf, settings.quality);
	return (await compress(ttf)).slice();
}
