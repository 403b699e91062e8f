import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decompress } from 'wawoff2';
import { faceRuns, type PageText, type Weight } from './pageText';
import { inRanges, type FontFace } from './fontFaces';
import { Shaper } from './shaper';
import { SubsetPool } from './subsetPool';

/** Bump when the subsetting changes, so cached subsets from older code are not reused. */
const CACHE_VERSION = 'shaped-v1';

/** A face from the stylesheet with its font file's bytes (WOFF2). */
export interface SourceFace {
	face: FontFace;
	woff2: Uint8Array;
	/** `shape`: a per-page subset of the glyphs shaping produces; `whole`: the file as it is. */
	mode: 'shape' | 'whole';
}

/** One font file a page needs. */
export interface PageFont {
	face: FontFace;
	woff2: Uint8Array;
	/** Content hash of the WOFF2 bytes (hex, 10 characters). */
	hash: string;
	mode: 'shape' | 'whole' | 'full';
}

export function contentHash(bytes: Uint8Array | string, length = 10): string {
	return createHash('sha256').update(bytes).digest('hex').slice(0, length);
}

interface LoadedFace extends SourceFace {
	hash: string;
	shaper?: Shaper;
	/** Index of the face's TrueType bytes in the subset pool. */
	poolIndex?: number;
	/** Shaping run → glyph ids it produces (final and intermediate), shared by all pages. */
	runs: Map<string, readonly number[]>;
	/** Text → the glyphs and code points of all its runs (pages repeat much of their text). */
	texts: Map<string, { glyphs: readonly number[]; unicodes: readonly number[] }>;
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
	readonly #pool: SubsetPool;
	readonly #subsets = new Map<string, Promise<Uint8Array>>();
	/** Bytes and time spent, for the build log. */
	readonly stats = { subsets: 0, cacheHits: 0 };

	private constructor(faces: LoadedFace[], cacheDir: string | undefined, pool: SubsetPool) {
		this.#faces = faces;
		this.#cacheDir = cacheDir;
		this.#pool = pool;
	}

	static async create(sources: SourceFace[], cacheDir?: string): Promise<PageFontPlanner> {
		const faces: LoadedFace[] = [];
		const ttfs: Uint8Array[] = [];
		for (const source of sources) {
			const loaded: LoadedFace = {
				...source,
				hash: contentHash(source.woff2),
				runs: new Map(),
				texts: new Map(),
			};
			if (source.mode === 'shape') {
				// A copy: decompress returns a view into the decoder's memory, which the next call reuses.
				const ttf = (await decompress(source.woff2)).slice();
				loaded.shaper = new Shaper(ttf);
				loaded.poolIndex = ttfs.push(ttf) - 1;
			}
			faces.push(loaded);
		}
		return new PageFontPlanner(faces, cacheDir, new SubsetPool(ttfs));
	}

	/** Stops the worker threads. */
	close(): Promise<void> {
		return this.#pool.close();
	}

	/** Whether this face draws this code point (in its unicode-range and in its cmap if known). */
	#covers(face: LoadedFace, codePoint: number): boolean {
		return (
			inRanges(face.face.ranges, codePoint) && (face.shaper ? face.shaper.covers(codePoint) : true)
		);
	}

	/** The glyphs and code points a face needs for these texts. */
	glyphsFor(
		index: number,
		texts: readonly string[],
		lang: string,
	): { glyphs: Set<number>; unicodes: Set<number> } {
		const face = this.#faces[index]!;
		const shaper = face.shaper!;
		const glyphs = new Set<number>([0]);
		const unicodes = new Set<number>();
		for (const text of texts) {
			const key = `${lang}\u0000${text}`;
			let known = face.texts.get(key);
			if (!known) {
				const textGlyphs = new Set<number>();
				const textUnicodes = new Set<number>();
				for (const run of faceRuns(text, (cp) => this.#covers(face, cp))) {
					const runKey = `${lang}\u0000${run}`;
					let ids = face.runs.get(runKey);
					if (!ids) {
						const set = new Set<number>();
						shaper.collect(run, lang, set);
						ids = [...set];
						face.runs.set(runKey, ids);
					}
					for (const id of ids) textGlyphs.add(id);
					for (const ch of run) textUnicodes.add(ch.codePointAt(0)!);
				}
				known = { glyphs: [...textGlyphs], unicodes: [...textUnicodes] };
				face.texts.set(key, known);
			}
			for (const id of known.glyphs) glyphs.add(id);
			for (const cp of known.unicodes) unicodes.add(cp);
		}
		return { glyphs, unicodes };
	}

	/**
	 * The font files a page needs: a face is needed when the page has text at its weight that the
	 * face covers. `full` gives `shape` faces whole too (pages whose text changes after load,
	 * such as search results).
	 */
	async fontsFor(text: PageText, { full = false } = {}): Promise<PageFont[]> {
		const fonts: Promise<PageFont>[] = [];
		for (const [index, face] of this.#faces.entries()) {
			const texts = text.byWeight[face.face.weight as Weight] ?? [];
			const used = texts.some((t) => [...t].some((ch) => this.#covers(face, ch.codePointAt(0)!)));
			if (!used) continue;
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
			const { glyphs, unicodes } = this.glyphsFor(index, texts, text.lang);
			fonts.push(
				this.#subset(face, glyphs, unicodes).then((woff2) => ({
					face: face.face,
					woff2,
					hash: contentHash(woff2),
					mode: 'shape' as const,
				})),
			);
		}
		return Promise.all(fonts);
	}

	#subset(face: LoadedFace, glyphs: Set<number>, unicodes: Set<number>): Promise<Uint8Array> {
		const sorted = (s: Set<number>): string => [...s].sort((a, b) => a - b).join(',');
		const key = contentHash(
			`${CACHE_VERSION}|${face.hash}|${sorted(glyphs)}|${sorted(unicodes)}`,
			32,
		);
		let pending = this.#subsets.get(key);
		if (!pending) {
			pending = this.#makeSubset(face, key, glyphs, unicodes);
			this.#subsets.set(key, pending);
		}
		return pending;
	}

	async #makeSubset(
		face: LoadedFace,
		key: string,
		glyphs: Set<number>,
		unicodes: Set<number>,
	): Promise<Uint8Array> {
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
		const woff2 = await this.#pool.subset(face.poolIndex!, [...glyphs], [...unicodes]);
		this.stats.subsets++;
		if (cached && this.#cacheDir) {
			await mkdir(this.#cacheDir, { recursive: true });
			// Write then rename, so a build running beside this one never reads half a file.
			const partial = `${cached}.${process.pid}.tmp`;
			await writeFile(partial, woff2);
			await rename(partial, cached);
		}
		return woff2;
	}
}
