import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** The part of harfbuzz-subset.wasm's C API this module calls. */
interface SubsetExports {
	memory: WebAssembly.Memory;
	_initialize(): void;
	malloc(size: number): number;
	free(ptr: number): void;
	hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
	hb_blob_destroy(blob: number): void;
	hb_blob_get_data(blob: number, length: number): number;
	hb_blob_get_length(blob: number): number;
	hb_face_create(blob: number, index: number): number;
	hb_face_destroy(face: number): void;
	hb_face_reference_blob(face: number): number;
	hb_set_add(set: number, value: number): void;
	hb_set_clear(set: number): void;
	hb_set_invert(set: number): void;
	hb_subset_input_create_or_fail(): number;
	hb_subset_input_destroy(input: number): void;
	hb_subset_input_unicode_set(input: number): number;
	hb_subset_input_glyph_set(input: number): number;
	hb_subset_input_set(input: number, which: number): number;
	hb_subset_input_get_flags(input: number): number;
	hb_subset_input_set_flags(input: number, flags: number): void;
	hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
/** Keep exactly the glyphs asked for: no GSUB closure (shaping already told us what is reached). */
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;
/** Keep .notdef's outline, so a subset draws exactly what the full font draws. */
const HB_SUBSET_FLAGS_NOTDEF_OUTLINE = 0x40;

let wasm: Promise<SubsetExports> | undefined;

function loadWasm(): Promise<SubsetExports> {
	wasm ??= (async () => {
		const require = createRequire(import.meta.url);
		const bytes = await readFile(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
		const { instance } = await WebAssembly.instantiate(bytes);
		const exports = instance.exports as unknown as SubsetExports;
		exports._initialize();
		return exports;
	})();
	return wasm;
}

/**
 * A source font held in HarfBuzz's memory, cut down to glyph sets. Subsetting keeps the glyphs
 * given, the code points given (mapped by cmap), and the GSUB/GPOS rules among those glyphs only.
 */
export class GlyphSubsetter {
	readonly #hb: SubsetExports;
	readonly #face: number;

	private constructor(hbExports: SubsetExports, face: number) {
		this.#hb = hbExports;
		this.#face = face;
	}

	/** Loads a TrueType font (bytes stay in wasm memory for the life of the process). */
	static async create(ttf: Uint8Array): Promise<GlyphSubsetter> {
		const hbx = await loadWasm();
		const ptr = hbx.malloc(ttf.byteLength);
		new Uint8Array(hbx.memory.buffer).set(ttf, ptr);
		const blob = hbx.hb_blob_create(ptr, ttf.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
		const face = hbx.hb_face_create(blob, 0);
		hbx.hb_blob_destroy(blob);
		return new GlyphSubsetter(hbx, face);
	}

	/** A TrueType font with only these glyphs and code points. */
	subset(glyphs: Iterable<number>, unicodes: Iterable<number>): Uint8Array {
		const hbx = this.#hb;
		const input = hbx.hb_subset_input_create_or_fail();
		if (input === 0) throw new Error('HarfBuzz could not create a subset input (out of memory?)');
		try {
			const featureSet = hbx.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
			hbx.hb_set_clear(featureSet);
			hbx.hb_set_invert(featureSet); // keep every layout feature
			hbx.hb_subset_input_set_flags(
				input,
				hbx.hb_subset_input_get_flags(input) |
					HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE |
					HB_SUBSET_FLAGS_NOTDEF_OUTLINE,
			);
			const glyphSet = hbx.hb_subset_input_glyph_set(input);
			for (const g of glyphs) hbx.hb_set_add(glyphSet, g);
			const unicodeSet = hbx.hb_subset_input_unicode_set(input);
			for (const u of unicodes) hbx.hb_set_add(unicodeSet, u);
			const subsetFace = hbx.hb_subset_or_fail(this.#face, input);
			if (subsetFace === 0) throw new Error('HarfBuzz failed to subset the font');
			const blob = hbx.hb_face_reference_blob(subsetFace);
			const offset = hbx.hb_blob_get_data(blob, 0);
			const length = hbx.hb_blob_get_length(blob);
			const bytes = new Uint8Array(hbx.memory.buffer, offset, length).slice();
			hbx.hb_blob_destroy(blob);
			hbx.hb_face_destroy(subsetFace);
			if (length === 0) throw new Error('HarfBuzz returned an empty subset font');
			return bytes;
		} finally {
			hbx.hb_subset_input_destroy(input);
		}
	}
}
