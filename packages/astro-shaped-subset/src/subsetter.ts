import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { keepLookups, layoutIndex, type LayoutIndex, type LookupSets } from './layoutTables.ts';

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
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_SETS_NAME_ID = 4;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_SETS_LAYOUT_SCRIPT_TAG = 7;
/** Drop hinting instructions (fpgm, prep, cvt and each glyph's). */
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
/** Keep exactly the glyphs asked for: no GSUB closure (shaping already told us what is reached). */
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;
/** Keep .notdef's outline, so a subset draws exactly what the full font draws. */
const HB_SUBSET_FLAGS_NOTDEF_OUTLINE = 0x40;

let wasm: Promise<SubsetExports> | undefined;

function tag(name: string): number {
	return (
		((name.charCodeAt(0) << 24) |
			(name.charCodeAt(1) << 16) |
			(name.charCodeAt(2) << 8) |
			name.charCodeAt(3)) >>>
		0
	);
}

/** What a subset keeps beyond its glyphs and code points. */
export interface SubsetOptions {
	/** Only these GSUB/GPOS lookups (and the lookups they call); default: every lookup. */
	lookups?: LookupSets;
	/**
	 * With `lookups`: of each kept lookup (other than those contextual rules call), only these
	 * subtables, as `lookup * 65536 + subtable`; default: every subtable.
	 */
	subtables?: LookupSets;
	/** Only these layout scripts (OpenType tags such as `bng2`); default: every script. */
	scripts?: readonly string[];
	/** Only these name table records (name IDs); default: HarfBuzz's (0 to 6). */
	nameIds?: readonly number[];
	/** Tables to leave out, besides those HarfBuzz drops by default. */
	dropTables?: readonly string[];
	/** Leave out hinting instructions. */
	noHinting?: boolean;
	/**
	 * Add every glyph GSUB could reach from the code points, as plain unicode subsetters do
	 * (hb-subset's default; glyphhanger, subfont). Off: exactly the glyphs given.
	 */
	layoutClosure?: boolean;
}

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
	/** Where the font's bytes sit in wasm memory. */
	readonly #ptr: number;
	readonly #layout: LayoutIndex;

	private constructor(hbExports: SubsetExports, face: number, ptr: number, layout: LayoutIndex) {
		this.#hb = hbExports;
		this.#face = face;
		this.#ptr = ptr;
		this.#layout = layout;
	}

	/** Loads a TrueType font (bytes stay in wasm memory for the life of the process). */
	static async create(ttf: Uint8Array): Promise<GlyphSubsetter> {
		const hbx = await loadWasm();
		const ptr = hbx.malloc(ttf.byteLength);
		new Uint8Array(hbx.memory.buffer).set(ttf, ptr);
		const blob = hbx.hb_blob_create(ptr, ttf.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
		const face = hbx.hb_face_create(blob, 0);
		hbx.hb_blob_destroy(blob);
		return new GlyphSubsetter(hbx, face, ptr, layoutIndex(ttf));
	}

	/** A TrueType font with only these glyphs and code points. */
	subset(
		glyphs: Iterable<number>,
		unicodes: Iterable<number>,
		options: SubsetOptions = {},
	): Uint8Array {
		const hbx = this.#hb;
		const input = hbx.hb_subset_input_create_or_fail();
		if (input === 0) throw new Error('HarfBuzz could not create a subset input (out of memory?)');
		let restore: (() => void) | undefined;
		try {
			const featureSet = hbx.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
			hbx.hb_set_clear(featureSet);
			hbx.hb_set_invert(featureSet); // keep every layout feature
			if (options.scripts) {
				const scripts = hbx.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_SCRIPT_TAG);
				hbx.hb_set_clear(scripts);
				for (const s of options.scripts) hbx.hb_set_add(scripts, tag(s));
			}
			if (options.nameIds) {
				const names = hbx.hb_subset_input_set(input, HB_SUBSET_SETS_NAME_ID);
				hbx.hb_set_clear(names);
				for (const id of options.nameIds) hbx.hb_set_add(names, id);
			}
			if (options.dropTables) {
				const drop = hbx.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
				for (const t of options.dropTables) hbx.hb_set_add(drop, tag(t));
			}
			hbx.hb_subset_input_set_flags(
				input,
				hbx.hb_subset_input_get_flags(input) |
					(options.layoutClosure ? 0 : HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE) |
					HB_SUBSET_FLAGS_NOTDEF_OUTLINE |
					(options.noHinting ? HB_SUBSET_FLAGS_NO_HINTING : 0),
			);
			const glyphSet = hbx.hb_subset_input_glyph_set(input);
			for (const g of glyphs) hbx.hb_set_add(glyphSet, g);
			const unicodeSet = hbx.hb_subset_input_unicode_set(input);
			for (const u of unicodes) hbx.hb_set_add(unicodeSet, u);
			// The face reads its tables from this memory: narrow the feature lists for this one
			// call (nothing else runs meanwhile; put back in `finally`).
			if (options.lookups) {
				restore = keepLookups(
					() => new Uint8Array(hbx.memory.buffer),
					this.#ptr,
					this.#layout,
					options.lookups,
					options.subtables,
				);
			}
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
			restore?.();
			hbx.hb_subset_input_destroy(input);
		}
	}
}
