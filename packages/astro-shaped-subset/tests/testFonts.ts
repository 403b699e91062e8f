import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { decompress } from 'wawoff2';

/** A TrueType font the WOFF2 tests encode, with what makes it a test case. */
export interface TestFont {
	name: string;
	ttf: Uint8Array;
}

/** Debian's fonts-liberation, which Debian's chromium package depends on: hinted, with composites. */
const HINTED = '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf';

/** The TrueType tables of a font, by tag. */
export function tables(ttf: Uint8Array): Map<string, Uint8Array> {
	const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
	const out = new Map<string, Uint8Array>();
	for (let i = 0; i < view.getUint16(4); i++) {
		const at = 12 + 16 * i;
		const tag = String.fromCharCode(...ttf.subarray(at, at + 4));
		const offset = view.getUint32(at + 8);
		out.set(tag, ttf.subarray(offset, offset + view.getUint32(at + 12)));
	}
	return out;
}

/** How many glyphs are composite, and how many carry hinting instructions, from glyf and loca. */
export function glyphKinds(ttf: Uint8Array): { composite: number; hinted: number } {
	const t = tables(ttf);
	const view = (b: Uint8Array): DataView => new DataView(b.buffer, b.byteOffset, b.byteLength);
	const head = view(t.get('head')!);
	const loca = view(t.get('loca')!);
	const glyf = view(t.get('glyf')!);
	const longLoca = head.getInt16(50) === 1;
	const glyphs = view(t.get('maxp')!).getUint16(4);
	const kinds = { composite: 0, hinted: 0 };
	for (let g = 0; g < glyphs; g++) {
		const start = longLoca ? loca.getUint32(4 * g) : loca.getUint16(2 * g) * 2;
		const end = longLoca ? loca.getUint32(4 * g + 4) : loca.getUint16(2 * g + 2) * 2;
		if (end <= start) continue;
		const contours = glyf.getInt16(start);
		if (contours < 0) kinds.composite++;
		else if (glyf.getUint16(start + 10 + 2 * contours) > 0) kinds.hinted++;
	}
	return kinds;
}

/**
 * The fonts the WOFF2 encoder is checked on: Noto Sans Bengali's Bengali and Latin faces from
 * @fontsource (unhinted, with composite glyphs: 12 and 62), decoded from their WOFF2 files, and
 * Liberation Sans (hinted: fpgm, prep, cvt and per-glyph instructions; 269 composite glyphs).
 */
export async function testFonts(): Promise<TestFont[]> {
	const require = createRequire(import.meta.url);
	const files = join(
		dirname(require.resolve('@fontsource/noto-sans-bengali/package.json')),
		'files',
	);
	const fonts: TestFont[] = [];
	for (const name of [
		'noto-sans-bengali-bengali-400-normal',
		'noto-sans-bengali-bengali-700-normal',
		'noto-sans-bengali-latin-400-normal',
	]) {
		const ttf = (await decompress(readFileSync(join(files, `${name}.woff2`)))).slice();
		fonts.push({ name, ttf });
	}
	if (!existsSync(HINTED)) {
		throw new Error(`No hinted test font at ${HINTED}: apt-get install fonts-liberation`);
	}
	fonts.push({ name: 'LiberationSans-Regular', ttf: new Uint8Array(readFileSync(HINTED)) });
	return fonts;
}
