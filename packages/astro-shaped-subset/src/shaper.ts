import * as hb from 'harfbuzzjs';
import type { LayoutTable, LookupRun } from './layoutTables.ts';

export type { LookupRun };

/** One shaped glyph: what a renderer draws, independent of the font's glyph numbering. */
export interface ShapedGlyph {
	/** The glyph's outline as an SVG path (glyph ids differ between a font and its subset). */
	path: string;
	xAdvance: number;
	xOffset: number;
	yOffset: number;
	cluster: number;
}

/** What shaping a run used: every glyph it passed through and the lookups that acted. */
export interface ShapingTrace {
	glyphs: Set<number>;
	lookups: Record<LayoutTable, Set<number>>;
	/**
	 * Each lookup that ran (not skipped outright) → the buffer's glyphs as it found and left it,
	 * each time it ran. While it runs, the glyphs before the current one are as it leaves them
	 * and the rest as it found them.
	 */
	contexts: Record<LayoutTable, Map<number, LookupRun[]>>;
}

/** An empty trace to collect into. */
export function emptyTrace(): ShapingTrace {
	return {
		glyphs: new Set(),
		lookups: { GSUB: new Set(), GPOS: new Set() },
		contexts: { GSUB: new Map(), GPOS: new Map() },
	};
}

/**
 * HarfBuzz shaping over one font (TrueType bytes). `collect` records every glyph that shaping a
 * run produces, including the intermediate glyphs that multi-step substitutions (Bengali
 * conjuncts, reph, vowel-sign reordering) pass through, and the GSUB/GPOS lookups that did
 * something: HarfBuzz's buffer message callback reports each lookup's start and end and each
 * action in between (a glyph replaced, ligated, multiplied, a mark attached, a pair kerned, a
 * nested lookup called); the buffer is read after every lookup or nested lookup that acted.
 */
export class Shaper {
	readonly #font: hb.Font;
	readonly #face: hb.Face;
	readonly #buffer: hb.Buffer;
	readonly #unicodes: Set<number>;
	#sink: ShapingTrace | undefined;
	#table: LayoutTable = 'GSUB';
	#lookup = -1;
	#acted = false;
	/** Set after `start lookup` until the lookup is skipped or its buffer has been read. */
	#pending = false;
	/** The glyphs as the current lookup found them. */
	#start: number[] | undefined;
	/** In GPOS the glyphs do not change: read once. */
	#gposGlyphs: number[] = [];
	/** Set once the buffer holds glyph ids (before GSUB it holds code points). */
	#glyphs = false;
	readonly #paths = new Map<number, string>();

	constructor(ttf: Uint8Array) {
		this.#face = new hb.Face(new hb.Blob(ttf), 0);
		this.#font = new hb.Font(this.#face);
		this.#unicodes = new Set(this.#face.collectUnicodes());
		this.#buffer = new hb.Buffer();
		// One callback for the buffer's life: it runs at each shaping step while a sink is set.
		// HarfBuzz syncs the buffer before each message, so a read mid-lookup sees every glyph.
		this.#buffer.setMessageFunc((buffer, _font, message) => {
			const sink = this.#sink;
			if (!sink) return true;
			const read = (): number[] => {
				const ids = buffer.getGlyphInfos().map((info) => info.codepoint);
				for (const g of ids) sink.glyphs.add(g);
				return ids;
			};
			// The buffer as the lookup found it: read lazily, as most lookups are skipped outright
			// (an action's message comes before the action).
			const start = (): number[] => {
				if (this.#pending) {
					this.#pending = false;
					this.#start = this.#table === 'GPOS' ? this.#gposGlyphs : read();
				}
				return this.#start!;
			};
			if (message.startsWith('start lookup ')) {
				this.#lookup = Number.parseInt(message.slice(13), 10);
				this.#acted = false;
				this.#pending = true;
				this.#start = undefined;
			} else if (message.startsWith('end lookup ')) {
				if (this.#pending || this.#start) {
					const table = this.#table;
					const found = start();
					let left = found;
					if (this.#acted) {
						sink.lookups[table].add(this.#lookup);
						if (table === 'GSUB') left = read();
					}
					const runs = sink.contexts[table].get(this.#lookup);
					if (runs) runs.push({ start: found, end: left });
					else sink.contexts[table].set(this.#lookup, [{ start: found, end: left }]);
				}
				this.#lookup = -1;
				this.#pending = false;
				this.#start = undefined;
			} else if (message.startsWith('start table ')) {
				this.#table = message.startsWith('start table GPOS') ? 'GPOS' : 'GSUB';
				this.#glyphs = true;
				const ids = read();
				if (this.#table === 'GPOS') this.#gposGlyphs = ids;
			} else if (this.#lookup < 0) {
				// Between lookups: the shaper's own steps (Indic reordering, dotted circles).
				if (this.#glyphs && message.startsWith('end ')) read();
			} else if (message.startsWith('skipped')) {
				// Skipped outright (no glyph the lookup could match): nothing it holds matters here.
				this.#pending = false;
			} else {
				// An action within the lookup. After a nested lookup, read the buffer: a contextual
				// rule may pass a glyph from one nested lookup to the next within one lookup.
				start();
				this.#acted = true;
				if (message.startsWith('end recursing')) read();
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

	/**
	 * Shapes `text` and adds every glyph id seen during shaping (final and intermediate) and every
	 * lookup that acted to `into`.
	 */
	collect(text: string, lang: string, into: ShapingTrace): void {
		this.#prepare(text, lang);
		this.#sink = into;
		this.#lookup = -1;
		this.#pending = false;
		this.#start = undefined;
		this.#glyphs = false;
		try {
			hb.shape(this.#font, this.#buffer);
		} finally {
			this.#sink = undefined;
		}
		for (const info of this.#buffer.getGlyphInfos()) into.glyphs.add(info.codepoint);
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
