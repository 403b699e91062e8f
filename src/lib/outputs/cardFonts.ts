import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import CanvasKitInit, { type CanvasKit, type TypefaceFontProvider } from 'canvaskit-wasm';
import { decompress } from 'wawoff2';

const require = createRequire(import.meta.url);

/** The card's font families: each @fontsource file under a name of its own, Bengali first. */
export const CARD_FAMILIES = ['Card Bengali', 'Card Latin', 'Card Latin Ext'] as const;

/** The @fontsource/noto-sans-bengali files the card draws with: the site's own font, 400 and 700. */
export const CARD_FONT_FILES = (['bengali', 'latin', 'latin-ext'] as const).flatMap((range, i) =>
	([400, 700] as const).map((weight) => ({
		family: CARD_FAMILIES[i]!,
		weight,
		file: require.resolve(
			`@fontsource/noto-sans-bengali/files/noto-sans-bengali-${range}-${String(weight)}-normal.woff2`,
		),
	})),
);

/** CanvasKit and the card's fonts, ready to draw. */
export interface CardKit {
	canvasKit: CanvasKit;
	fonts: TypefaceFontProvider;
}

let loading: Promise<CardKit> | undefined;

async function load(): Promise<CardKit> {
	const canvasKit = await CanvasKitInit({
		locateFile: (file) => require.resolve(`canvaskit-wasm/bin/${file}`),
	});
	const fonts = canvasKit.TypefaceFontProvider.Make();
	for (const { family, file } of CARD_FONT_FILES) {
		// WOFF2 to TrueType (CanvasKit reads no WOFF2); a copy, as the decoder reuses its memory.
		const ttf = (await decompress(await readFile(file))).slice();
		fonts.registerFont(ttf.buffer, family);
	}
	return { canvasKit, fonts };
}

/**
 * CanvasKit (WebAssembly, about 7 MB) and the six font files, loaded once per process however
 * many cards a build draws, e.g. `const { canvasKit, fonts } = await cardKit()`.
 */
export function cardKit(): Promise<CardKit> {
	loading ??= load();
	return loading;
}
