import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decompress } from 'wawoff2';
import { pruneUnused } from './cachePrune.ts';
import { faceRuns, type PageText, type Weight } from './pageText.ts';
import { inRanges, type FontFace } from './fontFaces.ts';
import { layoutIndex, possibleSubtables, type LayoutIndex } from './layoutTables.ts';
import { emptyTrace, Shaper, type ShapingTrace } from './shaper.ts';
import { GlyphSubsetter, type SubsetOptions } from './subsetter.ts';
import { woff2, woff2Settings, type Woff2Settings } from './woff2.ts';

/** Bump when the subsetting changes, so cached subsets from older code are not reused. */
const CACHE_VERSION = 'shaped-v3';

/** What every subset keeps besides its glyphs, code points and lookups. */
export const SUBSET_OPTIONS: SubsetOptions = {
	// Copyright (the font's licence asks that it stay), family, style, full and PostScript names.
	nameIds: [0, 1, 2, 4, 6],
	// Style attributes for font menus: no browser reads them.
	dropTables: ['STAT'],
};

/** How a page's bold text is drawn where a `shape` face covers it: see {@link PageFontPlanner.fontsFor}. */
export type BoldPolicy = 'synthetic' | 'face';

/** A face from the stylesheet with its font file's bytes (WOFF2). */
export interface SourceFace {
	face: FontFace;
	woff2: Uint8Array;
	/**
	 * `shape`: a per-page subset of the glyphs shaping produces, with the lookups that acted;
	 * `unicode`: a per-page subset of the page's code points with everything GSUB can reach from
	 * them (no shaping: cheaper to work out, larger); `whole`: the file as it is.
	 */
	mode: 'shape' | 'unicode' | 'whole';
}

/** One font file a page needs. */
export interface PageFont {
	face: FontFace;
	woff2: Uint8Array;
	/** Content hash of the WOFF2 bytes (hex, 10 characters). */
	hash: string;
	mode: 'shape' | 'unicode' | 'whole' | 'full';
	/** A subset's file in the planner's cache folder (see {@link PageFontPlanner.pruneCache}). */
	cacheName?: string;
}

export function contentHash(bytes: Uint8Array | string, length = 10): string {
	return createHash('sha256').update(bytes).digest('hex').slice(0, length);
}

interface LoadedFace extends SourceFace {
	hash: string;
	shaper?: Shaper;
	layout?: LayoutIndex;
	/** The face's TrueType bytes in HarfBuzz's subsetter (made on first use). */
	subsetter?: Promise<GlyphSubsetter>;
	ttf?: Uint8Array;
	/** Text → the glyphs, code points and lookups of all its runs (pages repeat much text). */
	texts: Map<string, TextNeeds>;
	/** Shaping run → what it needs, shared by all pages. */
	runs: Map<string, TextNeeds>;
}

/** What drawing a text takes: glyphs (final and intermediate), code points, lookups that act. */
interface TextNeeds {
	glyphs: readonly number[];
	unicodes: readonly number[];
	gsub: readonly number[];
	gpos: readonly number[];
	/** Subtables that could apply while shaping (`lookup * 65536 + subtable`). */
	gsubSubtables: readonly number[];
	gposSubtables: readonly number[];
}

/** The union of what a page's texts need from one face. */
export interface FaceNeeds {
	glyphs: Set<number>;
	unicodes: Set<number>;
	lookups: { GSUB: Set<number>; GPOS: Set<number> };
	subtables: { GSUB: Set<number>; GPOS: Set<number> };
	/** Cut by code points with GSUB closure, every lookup kept (a `unicode` face). */
	closure?: true;
}

function emptyNeeds(): FaceNeeds {
	return {
		glyphs: new Set<number>(),
		unicodes: new Set<number>(),
		lookups: { GSUB: new Set(), GPOS: new Set() },
		subtables: { GSUB: new Set(), GPOS: new Set() },
	};
}

function addNeeds(into: FaceNeeds, needs: TextNeeds): void {
	for (const g of needs.glyphs) into.glyphs.add(g);
	for (const u of needs.unicodes) into.unicodes.add(u);
	for (const l of needs.gsub) into.lookups.GSUB.add(l);
	for (const l of needs.gpos) into.lookups.GPOS.add(l);
	for (const s of needs.gsubSubtables) into.subtables.GSUB.add(s);
	for (const s of needs.gposSubtables) into.subtables.GPOS.add(s);
}

const LIST_FIELDS = [
	'glyphs',
	'unicodes',
	'gsub',
	'gpos',
	'gsubSubtables',
	'gposSubtables',
] as const;

function frozen(needs: FaceNeeds): TextNeeds {
	return {
		glyphs: [...needs.glyphs],
		unicodes: [...needs.unicodes],
		gsub: [...needs.lookups.GSUB],
		gpos: [...needs.lookups.GPOS],
		gsubSubtables: [...needs.subtables.GSUB],
		gposSubtables: [...needs.subtables.GPOS],
	};
}

/** What one shaped run needs: its trace, and the subtables that could apply while it was shaped. */
function runNeeds(run: string, trace: ShapingTrace, layout: LayoutIndex): TextNeeds {
	const needs = emptyNeeds();
	for (const g of trace.glyphs) needs.glyphs.add(g);
	for (const ch of run) needs.unicodes.add(ch.codePointAt(0)!);
	for (const table of ['GSUB', 'GPOS'] as const) {
		for (const l of trace.lookups[table]) needs.lookups[table].add(l);
		for (const [lookup, runs] of trace.contexts[table]) {
			for (const s of possibleSubtables(layout, table, lookup, runs) ?? []) {
				needs.subtables[table].add(s);
			}
		}
	}
	return frozen(needs);
}

/**
 * Works out, for each page, the font files its text needs: for `shape` faces a subset holding the
 * glyphs HarfBuzz produces while shaping the page's text at that weight (so conjuncts stay
 * whole), for `whole` faces the file unchanged. Subsets are cached in memory by content and,
 * given a cache folder, on disk across builds.
 */
export class PageFontPlanner {
	readonly #faces: LoadedFace[];
	readonly #cacheDir: string | undefined;
	readonly #bold: BoldPolicy;
	/** How subsets are compressed (part of a cached subset's key). */
	readonly #woff2: Woff2Settings;
	/** Keys the shared lists' needs kept in the cache folder's `lists/` (undefined: not kept). */
	readonly #listSalt: string | undefined;
	/** The `lists/` files this build read or wrote (kept by {@link pruneCache}). */
	readonly #listsUsed = new Set<string>();
	readonly #interned = new Map<string, TextNeeds>();
	/** What shared lists of texts need, by face and language. */
	readonly #lists = new WeakMap<readonly string[], Map<string, TextNeeds>>();
	/** Whether a face draws any of a shared list's texts, by face. */
	readonly #listCovered = new WeakMap<readonly string[], Map<LoadedFace, boolean>>();
	/** The code points a face draws of a shared list's texts, by face. */
	readonly #listCodePoints = new WeakMap<readonly string[], Map<LoadedFace, readonly number[]>>();
	readonly #subsets = new Map<string, Promise<Uint8Array>>();
	/** wawoff2 calls must not overlap (see woff2()): they wait for each other here. */
	#queue: Promise<unknown> = Promise.resolve();
	#compressing = 0;
	#busySince = 0;
	/** Subsets made and taken from the cache, time spent shaping (ms), for the build log. */
	readonly stats = { subsets: 0, cacheHits: 0, shapeMs: 0 };
	/**
	 * Time spent cutting subsets (hb-subset) and while at least one WOFF2 compression was under
	 * way (`native` ones run on Node's thread pool, beside this thread and each other), in ms.
	 */
	readonly subsetTimes = { subsetMs: 0, woff2Ms: 0 };

	private constructor(
		faces: LoadedFace[],
		cacheDir: string | undefined,
		bold: BoldPolicy,
		settings: Woff2Settings,
		listSalt: string | undefined,
	) {
		this.#faces = faces;
		this.#cacheDir = cacheDir;
		this.#bold = bold;
		this.#woff2 = settings;
		this.#listSalt = listSalt;
	}

	/**
	 * A planner for these faces; `bold: 'face'` (the default) gives bold text its own bold
	 * subset, `'synthetic'` draws it with the regular subset, emboldened by the browser.
	 * `listSalt` (with a cache folder) keeps what each shared list of texts needs across builds,
	 * under that salt: it must change with the shaping code (HarfBuzz, this package).
	 */
	static async create(
		sources: SourceFace[],
		cacheDir?: string,
		{
			bold = 'face',
			woff2: settings = woff2Settings(),
			listSalt,
		}: { bold?: BoldPolicy; woff2?: Woff2Settings; listSalt?: string | undefined } = {},
	): Promise<PageFontPlanner> {
		const faces: LoadedFace[] = [];
		for (const source of sources) {
			const loaded: LoadedFace = {
				...source,
				hash: contentHash(source.woff2),
				runs: new Map(),
				texts: new Map(),
			};
			if (source.mode !== 'whole') {
				// A copy: decompress returns a view into the decoder's memory, which the next call reuses.
				const ttf = (await decompress(source.woff2)).slice();
				loaded.shaper = new Shaper(ttf);
				if (source.mode === 'shape') loaded.layout = layoutIndex(ttf);
				loaded.ttf = ttf;
			}
			faces.push(loaded);
		}
		return new PageFontPlanner(faces, cacheDir, bold, settings, listSalt);
	}

	/**
	 * Marks the cached subsets this build's pages use (`used`: their {@link PageFont.cacheName},
	 * including those of pages given their fonts by the page-plan cache, which read no subset) and
	 * deletes those no build has used for 30 days (cachePrune.ts). Returns how many it deleted.
	 */
	async pruneCache(used: ReadonlySet<string>): Promise<number> {
		if (!this.#cacheDir) return 0;
		return (
			(await pruneUnused(this.#cacheDir, used)) +
			(await pruneUnused(join(this.#cacheDir, 'lists'), this.#listsUsed))
		);
	}

	/** Whether this face draws this code point (in its unicode-range and in its cmap if known). */
	#covers(face: LoadedFace, codePoint: number): boolean {
		return (
			inRanges(face.face.ranges, codePoint) && (face.shaper ? face.shaper.covers(codePoint) : true)
		);
	}

	/**
	 * The glyphs, code points, lookups and subtables face `index` needs to draw these texts and
	 * the `shared` lists (remembered by identity: a list shared by many pages is worked out once).
	 */
	glyphsFor(
		index: number,
		texts: readonly string[],
		lang: string,
		shared: readonly (readonly string[])[] = [],
	): FaceNeeds {
		const needs = this.#needsOf(index, texts, lang);
		needs.glyphs.add(0);
		for (const list of shared) {
			let byFace = this.#lists.get(list);
			if (!byFace) this.#lists.set(list, (byFace = new Map<string, TextNeeds>()));
			const key = `${index}|${lang}`;
			let known = byFace.get(key);
			if (!known) {
				known = this.#listNeeds(index, list, lang);
				byFace.set(key, known);
			}
			addNeeds(needs, known);
		}
		return needs;
	}

	/**
	 * What a shared list needs of face `index`, shaped once and kept in the cache folder: the zone
	 * switcher's list (about 11,500 texts a language) is the same in every build, and shaping it
	 * took about 1.2 s of each one, at any number of pages. Keyed by the salt (the shaping code),
	 * the font's bytes, the face's unicode-range, the language and the texts.
	 */
	#listNeeds(index: number, list: readonly string[], lang: string): TextNeeds {
		const face = this.#faces[index]!;
		if (!this.#cacheDir || this.#listSalt === undefined) {
			return frozen(this.#needsOf(index, list, lang));
		}
		const key = createHash('sha256')
			.update(
				JSON.stringify([this.#listSalt, face.hash, face.face.ranges ?? null, lang, list.length]),
			)
			.update(list.join('\u0000'))
			.digest('hex');
		const dir = join(this.#cacheDir, 'lists');
		const name = `${key}.json`;
		this.#listsUsed.add(name);
		try {
			const kept = JSON.parse(readFileSync(join(dir, name), 'utf8')) as TextNeeds;
			if (LIST_FIELDS.every((field) => Array.isArray(kept[field]))) return kept;
		} catch {
			// not kept yet, or unreadable: shaped below
		}
		const needs = frozen(this.#needsOf(index, list, lang));
		mkdirSync(dir, { recursive: true });
		const temp = join(dir, `${name}.${process.pid}.tmp`);
		writeFileSync(temp, JSON.stringify(needs));
		renameSync(temp, join(dir, name));
		return needs;
	}

	#needsOf(index: number, texts: readonly string[], lang: string): FaceNeeds {
		const face = this.#faces[index]!;
		const shaper = face.shaper!;
		const layout = face.layout!;
		const needs = emptyNeeds();
		// Texts with the same needs share one record (see #intern): add each record once.
		const added = new Set<TextNeeds>();
		for (const text of texts) {
			const key = `${lang}\u0000${text}`;
			let known = face.texts.get(key);
			if (!known) {
				const textNeeds = emptyNeeds();
				for (const run of faceRuns(text, (cp) => this.#covers(face, cp))) {
					const runKey = `${lang}\u0000${run}`;
					let ran = face.runs.get(runKey);
					if (!ran) {
						const t0 = performance.now();
						const trace = emptyTrace();
						shaper.collect(run, lang, trace);
						ran = runNeeds(run, trace, layout);
						this.stats.shapeMs += performance.now() - t0;
						face.runs.set(runKey, ran);
					}
					addNeeds(textNeeds, ran);
				}
				known = this.#intern(frozen(textNeeds));
				face.texts.set(key, known);
			}
			if (added.has(known)) continue;
			added.add(known);
			addNeeds(needs, known);
		}
		return needs;
	}

	/** One record for each distinct set of needs (many texts need the same, e.g. none at all). */
	#intern(needs: TextNeeds): TextNeeds {
		const sorted = (a: readonly number[]): string => [...a].sort((x, y) => x - y).join(',');
		const key = [
			needs.glyphs,
			needs.unicodes,
			needs.gsub,
			needs.gpos,
			needs.gsubSubtables,
			needs.gposSubtables,
		]
			.map(sorted)
			.join('|');
		const known = this.#interned.get(key);
		if (known) return known;
		this.#interned.set(key, needs);
		return needs;
	}

	/**
	 * The font files a page needs: a face is needed when the page has text at its weight that the
	 * face covers. `full` gives `shape` faces whole too (pages whose text changes after load,
	 * such as search results).
	 *
	 * `bold: 'face'` (the planner's default): bold text gets the family's bold face, cut per page
	 * to what its bold text shapes to, as regular text gets the regular face.
	 * `bold: 'synthetic'`: a page that draws text in bold that a `shape` face covers (bold
	 * Bengali) gets no bold faces of that family at all. Its regular faces are cut for its regular
	 * and bold text together, and the browser emboldens the regular outlines (font-synthesis),
	 * with the same glyphs and shaping. All of the family's bold faces go, the whole ones too: a
	 * browser picks a family's faces by weight before unicode-range, so with a bold Latin face
	 * left, bold Bengali would fall to the next font in the stack, not to the regular face.
	 */
	async fontsFor(
		text: PageText,
		{ full = false, bold = this.#bold }: { full?: boolean; bold?: BoldPolicy } = {},
	): Promise<PageFont[]> {
		const fonts: Promise<PageFont>[] = [];
		const covered = (face: LoadedFace, texts: readonly string[]): boolean =>
			texts.some((t) => [...t].some((ch) => this.#covers(face, ch.codePointAt(0)!)));
		const listCovered = (face: LoadedFace, list: readonly string[]): boolean => {
			let byFace = this.#listCovered.get(list);
			if (!byFace) this.#listCovered.set(list, (byFace = new Map<LoadedFace, boolean>()));
			let known = byFace.get(face);
			if (known === undefined) byFace.set(face, (known = covered(face, list)));
			return known;
		};
		const emboldened = new Set<string>();
		if (!full && bold === 'synthetic') {
			for (const face of this.#faces) {
				const w = face.face.weight as Weight;
				const sharedAt = (text.shared ?? []).filter((s) => s.weights.includes(w));
				const drawn =
					covered(face, text.byWeight[w] ?? []) || sharedAt.some((s) => listCovered(face, s.texts));
				if (face.mode === 'shape' && w >= 600 && drawn) {
					emboldened.add(face.face.family);
				}
			}
		}
		for (const [index, face] of this.#faces.entries()) {
			const synthetic = emboldened.has(face.face.family);
			if (synthetic && face.face.weight >= 600) continue;
			// The weights of text this face draws: its own, or every weight when bold is synthesized.
			const weights: Weight[] = synthetic ? [400, 700] : [face.face.weight as Weight];
			const texts = weights.flatMap((w) => text.byWeight[w] ?? []);
			const shared = (text.shared ?? [])
				.filter((s) => s.weights.some((w) => weights.includes(w)))
				.map((s) => s.texts);
			if (!covered(face, texts) && !shared.some((list) => listCovered(face, list))) continue;
			if (face.mode === 'whole' || full) {
				fonts.push(
					Promise.resolve({
						face: face.face,
						woff2: face.woff2,
						hash: face.hash,
						mode: face.mode === 'whole' ? 'whole' : 'full',
					}),
				);
				continue;
			}
			const needs =
				face.mode === 'unicode'
					? this.#codePointsFor(face, texts, shared)
					: this.glyphsFor(index, texts, text.lang, shared);
			const subset = this.#subset(face, needs);
			const mode = face.mode;
			fonts.push(
				subset.woff2.then((woff2) => ({
					face: face.face,
					woff2,
					hash: contentHash(woff2),
					mode,
					cacheName: `${subset.key}.woff2`,
				})),
			);
		}
		return Promise.all(fonts);
	}

	/** What a `unicode` face needs for these texts: their code points it draws, with closure. */
	#codePointsFor(
		face: LoadedFace,
		texts: readonly string[],
		shared: readonly (readonly string[])[],
	): FaceNeeds {
		const drawn = (list: readonly string[], into: Set<number>): Set<number> => {
			for (const text of list) {
				for (const ch of text) {
					const cp = ch.codePointAt(0)!;
					if (this.#covers(face, cp)) into.add(cp);
				}
			}
			return into;
		};
		const needs = emptyNeeds();
		needs.closure = true;
		needs.glyphs.add(0);
		drawn(texts, needs.unicodes);
		for (const list of shared) {
			let byFace = this.#listCodePoints.get(list);
			if (!byFace)
				this.#listCodePoints.set(list, (byFace = new Map<LoadedFace, readonly number[]>()));
			let known = byFace.get(face);
			if (!known) byFace.set(face, (known = [...drawn(list, new Set())]));
			for (const cp of known) needs.unicodes.add(cp);
		}
		return needs;
	}

	#subset(face: LoadedFace, needs: FaceNeeds): { key: string; woff2: Promise<Uint8Array> } {
		const sorted = (s: Set<number>): string => [...s].sort((a, b) => a - b).join(',');
		const key = contentHash(
			[
				CACHE_VERSION,
				JSON.stringify(SUBSET_OPTIONS),
				JSON.stringify(this.#woff2),
				face.hash,
				needs.closure ? 'closure' : 'shaped',
				sorted(needs.glyphs),
				sorted(needs.unicodes),
				sorted(needs.lookups.GSUB),
				sorted(needs.lookups.GPOS),
				sorted(needs.subtables.GSUB),
				sorted(needs.subtables.GPOS),
			].join('|'),
			32,
		);
		let pending = this.#subsets.get(key);
		if (!pending) {
			pending = this.#makeSubset(face, key, needs);
			this.#subsets.set(key, pending);
		}
		return { key, woff2: pending };
	}

	async #makeSubset(face: LoadedFace, key: string, needs: FaceNeeds): Promise<Uint8Array> {
		const cached = this.#cacheDir && join(this.#cacheDir, `${key}.woff2`);
		if (cached) {
			try {
				const bytes = await readFile(cached);
				this.stats.cacheHits++;
				return bytes;
			} catch {
				// not cached yet
			}
		}
		const bytes = await this.#cut(face, needs);
		this.stats.subsets++;
		if (cached && this.#cacheDir) {
			await mkdir(this.#cacheDir, { recursive: true });
			// Write then rename, so a build running beside this one never reads half a file.
			const partial = `${cached}.${process.pid}.tmp`;
			await writeFile(partial, bytes);
			await rename(partial, cached);
		}
		return bytes;
	}

	/** Cuts a face to what `needs` names (hb-subset, on this thread) and compresses it (WOFF2). */
	async #cut(face: LoadedFace, needs: FaceNeeds): Promise<Uint8Array> {
		face.subsetter ??= GlyphSubsetter.create(face.ttf!);
		const subsetter = await face.subsetter;
		const cut = (): Uint8Array => {
			const t0 = performance.now();
			const ttf = subsetter.subset(
				needs.glyphs,
				needs.unicodes,
				needs.closure
					? { ...SUBSET_OPTIONS, layoutClosure: true }
					: { ...SUBSET_OPTIONS, lookups: needs.lookups, subtables: needs.subtables },
			);
			this.subsetTimes.subsetMs += performance.now() - t0;
			return ttf;
		};
		const compress = async (ttf: Uint8Array): Promise<Uint8Array> => {
			if (this.#compressing++ === 0) this.#busySince = performance.now();
			try {
				return await woff2(ttf, this.#woff2);
			} finally {
				if (--this.#compressing === 0)
					this.subsetTimes.woff2Ms += performance.now() - this.#busySince;
			}
		};
		// Native compression runs on Node's thread pool: several at once, beside this thread.
		if (this.#woff2.encoder === 'native') return compress(cut());
		const job = this.#queue.then(() => compress(cut()));
		this.#queue = job.catch(() => undefined);
		return job;
	}
}
