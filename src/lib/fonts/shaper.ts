import * as hb from 'harfbuzzjs';

/** One shaped glyph: what a renderer draws, independent of the font's glyph numbering. */
export interface ShapedGlyph {
	/** The glyph's outline as an SVG path (glyph ids differ between a font and its subset). */
	path: string;
	xAdvance: number;
	xOffset: number;
	yOffset: number;
	cluster: number;
}

/**
 * HarfBuzz shaping over one font (TrueType bytes). `collect` records every glyph that shaping a
 * run produces, including the intermediate glyphs that multi-step substitutions (Bengali
 * conjuncts, reph, vowel-sign reordering) pass through: HarfBuzz's buffer message callback shows
 * the buffer after every lookup, and each glyph seen there is kept.
 */
export class Shaper {
	readonly #font: hb.Font;
	readonly #face: hb.Face;
	readonly #buffer: hb.Buffer;
	readonly #unicodes: Set<number>;
	#sink: Set<number> | undefined;
	readonly #paths = new Map<number, string>();

	constructor(ttf: Uint8Array) {
		this.#face = new hb.Face(new hb.Blob(ttf), 0);
		this.#font = new hb.Font(this.#face);
		this.#unicodes = new Set(this.#face.collectUnicodes());
		this.#buffer = new hb.Buffer();
		// One callback for the buffer's life: it runs after each GSUB/GPOS lookup while a sink is set.
		this.#buffer.setMessageFunc((buffer, _font, message) => {
			// After each lookup the buffer holds glyphs; what it held before is the previous lookup's
			// result (or the cmap's), so reading it at every "end lookup" sees every glyph.
			const sink = this.#sink;
			if (sink && message.startsWith('end lookup')) {
				for (const info of buffer.getGlyphInfos()) sink.add(info.codepoint);
			}
			return true;
		});
	}

	/** Whether the font maps this code point to a glyph. */
	covers(codePoint: number): boolean {
		return this.#unicodes.has(codePoint);
	}

	/** Every code point the font maps. */
	unicodes(): ReadonlySet<number> {
		return this.#unicodes;
	}

	#prepare(text: string, lang: string): void {
		const buffer = this.#buffer;
		buffer.clearContents();
		buffer.addText(text);
		buffer.setLanguage(lang);
		buffer.guessSegmentProperties();
	}

	/** Shapes `text` and adds every glyph id seen during shaping (final and intermediate) to `into`. */
	collect(text: string, lang: string, into: Set<number>): void {
		this.#prepare(text, lang);
		this.#sink = into;
		try {
			hb.shape(this.#font, this.#buffer);
		} finally {
			this.#sink = undefined;
		}
		for (const info of this.#buffer.getGlyphInfos()) into.add(info.codepoint);
	}

	/** The glyphs shaping `text` ends with, as outlines and positions (for comparing fonts). */
	shape(text: string, lang: string): ShapedGlyph[] {
		this.#prepare(text, lang);
		hb.shape(this.#font, this.#buffer);
		return this.#buffer.getGlyphInfosAndPositions().map((g) => ({
			path: this.#path(g.codepoint),
			xAdvance: g.xAdvance ?? 0,
			xOffset: g.xOffset ?? 0,
			yOffset: g.yOffset ?? 0,
			cluster: g.cluster,
		}));
	}

	#path(glyph: number): string {
		let path = this.#paths.get(glyph);
		if (path === undefined) {
			path = this.#font.glyphToPath(glyph);
			this.#paths.set(glyph, path);
		}
		return path;
	}
}
