/** The glyph sequence a lookup found and the one it left. */
export interface LookupRun {
	start: readonly number[];
	end: readonly number[];
}

/** The OpenType layout tables whose lookups shaping runs. */
export type LayoutTable = 'GSUB' | 'GPOS';

/** Lookup indices per layout table, e.g. the lookups that changed something while shaping. */
export type LookupSets = Record<LayoutTable, ReadonlySet<number>>;

/** One feature table of GSUB or GPOS: where its lookup list sits in the font file. */
interface FeatureSlot {
	/** Byte offset of the feature table's LookupIndexCount in the font file. */
	countAt: number;
	lookups: readonly number[];
}

/**
 * What a subtable must find in the buffer to apply: glyphs from `before` in order among the
 * glyphs already processed, then glyphs from `from` in order from the current glyph on (gaps
 * allowed: a lookup may skip marks and joiners). Each entry is a coverage.
 */
interface SubtableNeeds {
	before: readonly ReadonlySet<number>[];
	from: readonly ReadonlySet<number>[];
	/** Set when the order is not known (reverse chaining): each coverage must be met somewhere. */
	unordered?: true;
}

/** One lookup: where its subtable list sits and what each subtable needs to match. */
interface LookupSlot {
	/** Byte offset of the lookup table in the font file. */
	at: number;
	flag: number;
	/** Per subtable: the glyphs it must find to apply at all. */
	subtables: SubtableNeeds[];
	/** Called by a contextual rule somewhere: its subtables are never narrowed. */
	nested: boolean;
}

interface TableIndex {
	features: FeatureSlot[];
	lookups: LookupSlot[];
}

export type LayoutIndex = Record<LayoutTable, TableIndex>;

function u16(bytes: Uint8Array, at: number): number {
	return (bytes[at]! << 8) | bytes[at + 1]!;
}

function u32(bytes: Uint8Array, at: number): number {
	return (
		((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0
	);
}

/** The offset of a table in a TrueType/OpenType file (sfnt), or undefined. */
export function tableOffset(ttf: Uint8Array, tag: string): number | undefined {
	const numTables = u16(ttf, 4);
	for (let i = 0; i < numTables; i++) {
		const rec = 12 + i * 16;
		const name = String.fromCharCode(ttf[rec]!, ttf[rec + 1]!, ttf[rec + 2]!, ttf[rec + 3]!);
		if (name === tag) return u32(ttf, rec + 8);
	}
	return undefined;
}

function coverage(ttf: Uint8Array, at: number): Set<number> {
	const glyphs = new Set<number>();
	const format = u16(ttf, at);
	const count = u16(ttf, at + 2);
	for (let i = 0; i < count; i++) {
		if (format === 1) glyphs.add(u16(ttf, at + 4 + i * 2));
		else {
			const rec = at + 4 + i * 6;
			for (let g = u16(ttf, rec); g <= u16(ttf, rec + 2); g++) glyphs.add(g);
		}
	}
	return glyphs;
}

/** The lookups a contextual rule list calls (records of `count` × [sequenceIndex, lookupIndex]). */
function records(ttf: Uint8Array, at: number, count: number, into: Set<number>): void {
	for (let i = 0; i < count; i++) into.add(u16(ttf, at + i * 4 + 2));
}

/** Nested lookups of a (chain) context format 1 or 2 subtable: rule sets → rules → records. */
function ruleSetRecords(
	ttf: Uint8Array,
	sub: number,
	setsAt: number,
	chain: boolean,
	into: Set<number>,
): void {
	const sets = u16(ttf, setsAt);
	for (let i = 0; i < sets; i++) {
		const off = u16(ttf, setsAt + 2 + i * 2);
		if (off === 0) continue;
		const set = sub + off;
		const rules = u16(ttf, set);
		for (let j = 0; j < rules; j++) {
			let at = set + u16(ttf, set + 2 + j * 2);
			if (chain) {
				at += 2 + u16(ttf, at) * 2; // backtrack
				const input = u16(ttf, at);
				at += 2 + (input - 1) * 2;
				at += 2 + u16(ttf, at) * 2; // lookahead
				records(ttf, at + 2, u16(ttf, at), into);
			} else {
				const input = u16(ttf, at);
				const count = u16(ttf, at + 2);
				records(ttf, at + 4 + (input - 1) * 2, count, into);
			}
		}
	}
}

/** What one subtable needs to apply (see {@link SubtableNeeds}); adds the lookups it calls to `nested`. */
function subtableNeeds(
	ttf: Uint8Array,
	table: LayoutTable,
	type: number,
	sub: number,
	nested: Set<number>,
): SubtableNeeds {
	const ext = table === 'GSUB' ? 7 : 9;
	if (type === ext) {
		return subtableNeeds(ttf, table, u16(ttf, sub + 2), sub + u32(ttf, sub + 4), nested);
	}
	const context = table === 'GSUB' ? 5 : 7;
	const chain = table === 'GSUB' ? 6 : 8;
	const format = u16(ttf, sub);
	const cov = (off: number): Set<number> => coverage(ttf, sub + off);
	let at = sub + 2;
	const list = (): Set<number>[] => {
		const n = u16(ttf, at);
		const sets = Array.from({ length: n }, (_, i) => cov(u16(ttf, at + 2 + i * 2)));
		at += 2 + n * 2;
		return sets;
	};
	if (type === context && format === 3) {
		const n = u16(ttf, at);
		const count = u16(ttf, at + 2);
		const from = Array.from({ length: n }, (_, i) => cov(u16(ttf, at + 4 + i * 2)));
		records(ttf, at + 4 + n * 2, count, nested);
		return { before: [], from };
	}
	if (type === chain && format === 3) {
		const backtrack = list(); // nearest first
		const input = list();
		const lookahead = list();
		records(ttf, at + 2, u16(ttf, at), nested);
		return { before: backtrack.reverse(), from: [...input, ...lookahead] };
	}
	if (type === context || type === chain) {
		const isChain = type === chain;
		// Format 1: rule sets after the coverage; format 2: after the class definitions.
		ruleSetRecords(ttf, sub, sub + (format === 1 ? 4 : isChain ? 10 : 6), isChain, nested);
		return { before: [], from: [cov(u16(ttf, sub + 2))] };
	}
	if (table === 'GSUB' && type === 8) {
		// Reverse chaining: coverage, backtrack coverages, lookahead coverages.
		const first = cov(u16(ttf, sub + 2));
		at = sub + 4;
		return { before: [], from: [first, ...list(), ...list()], unordered: true };
	}
	if (table === 'GPOS' && type >= 4 && type <= 6) {
		// Mark attachment: a mark after the base, ligature or mark it attaches to.
		return { before: [cov(u16(ttf, sub + 4))], from: [cov(u16(ttf, sub + 2))] };
	}
	return { before: [], from: [cov(u16(ttf, sub + 2))] };
}

/** Whether `sets` match glyphs of `glyphs` in order (not necessarily next to each other). */
function inOrder(sets: readonly ReadonlySet<number>[], glyphs: readonly number[]): boolean {
	let k = 0;
	for (let i = 0; i < glyphs.length && k < sets.length; i++) if (sets[k]!.has(glyphs[i]!)) k++;
	return k === sets.length;
}

/** Whether a subtable could apply to the buffer of one lookup run. */
function couldApply(needs: SubtableNeeds, run: LookupRun): boolean {
	if (needs.unordered) {
		return needs.from.every(
			(set) => run.start.some((g) => set.has(g)) || run.end.some((g) => set.has(g)),
		);
	}
	return inOrder(needs.before, run.end) && inOrder(needs.from, run.start);
}

/**
 * Where each GSUB and GPOS feature's lookup list and each lookup's subtable list sit in a font
 * file, and what each subtable needs to apply. Feature tables that FeatureVariations substitute
 * (variable fonts) are not listed: only the default instance's.
 */
export function layoutIndex(ttf: Uint8Array): LayoutIndex {
	const read = (tag: LayoutTable): TableIndex => {
		const table = tableOffset(ttf, tag);
		if (table === undefined) return { features: [], lookups: [] };
		const featureList = table + u16(ttf, table + 6);
		const count = u16(ttf, featureList);
		const features: FeatureSlot[] = [];
		const seen = new Set<number>();
		for (let i = 0; i < count; i++) {
			const feature = featureList + u16(ttf, featureList + 2 + i * 6 + 4);
			const countAt = feature + 2;
			if (seen.has(countAt)) continue; // feature records may share a feature table
			seen.add(countAt);
			const n = u16(ttf, countAt);
			const lookups = Array.from({ length: n }, (_, j) => u16(ttf, countAt + 2 + j * 2));
			features.push({ countAt, lookups });
		}
		const lookupList = table + u16(ttf, table + 8);
		const nested = new Set<number>();
		const lookups: LookupSlot[] = [];
		for (let i = 0; i < u16(ttf, lookupList); i++) {
			const at = lookupList + u16(ttf, lookupList + 2 + i * 2);
			const type = u16(ttf, at);
			const subtables = Array.from({ length: u16(ttf, at + 4) }, (_, j) =>
				subtableNeeds(ttf, tag, type, at + u16(ttf, at + 6 + j * 2), nested),
			);
			lookups.push({ at, flag: u16(ttf, at + 2), subtables, nested: false });
		}
		for (const l of nested) {
			const slot = lookups[l];
			if (slot) slot.nested = true;
		}
		return { features, lookups };
	};
	return { GSUB: read('GSUB'), GPOS: read('GPOS') };
}

/**
 * The subtables of lookup `lookup` that could apply while it ran over these buffers, encoded as
 * `lookup * 65536 + subtable`; undefined when the lookup's subtables are to be kept whole (a
 * lookup that contextual rules call: it runs on buffers the trace does not show).
 */
export function possibleSubtables(
	index: LayoutIndex,
	table: LayoutTable,
	lookup: number,
	runs: readonly LookupRun[],
): number[] | undefined {
	const slot = index[table].lookups[lookup];
	if (!slot || slot.nested) return undefined;
	const out: number[] = [];
	slot.subtables.forEach((needs, i) => {
		if (runs.some((run) => couldApply(needs, run))) out.push(lookup * 65536 + i);
	});
	return out;
}

/**
 * Rewrites, in the memory `view()` returns (a font file at byte `base`), every feature's lookup
 * list to the lookups in `keep`, in order, and returns a function that puts the original lists
 * back. A subsetter then drops the other lookups (it keeps the lookups features reach, and those
 * they call). `view` is called again to restore, as WebAssembly memory may have grown meanwhile.
 */
export function keepLookups(
	view: () => Uint8Array,
	base: number,
	index: LayoutIndex,
	keep: LookupSets,
	subtables?: LookupSets,
): () => void {
	const bytes = view();
	const saved: { at: number; bytes: Uint8Array }[] = [];
	for (const tag of ['GSUB', 'GPOS'] as const) {
		// Subtables: of each kept lookup that is not called by others, those listed.
		if (subtables) {
			for (const l of keep[tag]) {
				const slot = index[tag].lookups[l];
				if (!slot || slot.nested) continue;
				const n = slot.subtables.length;
				const kept = Array.from({ length: n }, (_, i) => i).filter((i) =>
					subtables[tag].has(l * 65536 + i),
				);
				if (kept.length === n) continue;
				const at = base + slot.at;
				// type, flag, count, offsets[count], then markFilteringSet when flag 0x10 is set.
				const filter = slot.flag & 0x10 ? 2 : 0;
				const end = at + 6 + n * 2 + filter;
				const original = bytes.slice(at, end);
				saved.push({ at, bytes: original });
				const offsets = kept.map((i) => (original[6 + i * 2]! << 8) | original[7 + i * 2]!);
				bytes[at + 4] = kept.length >> 8;
				bytes[at + 5] = kept.length & 0xff;
				offsets.forEach((o, j) => {
					bytes[at + 6 + j * 2] = o >> 8;
					bytes[at + 7 + j * 2] = o & 0xff;
				});
				if (filter) bytes.set(original.subarray(6 + n * 2, 8 + n * 2), at + 6 + kept.length * 2);
			}
		}
		for (const slot of index[tag].features) {
			const kept = slot.lookups.filter((l) => keep[tag].has(l));
			if (kept.length === slot.lookups.length) continue;
			const at = base + slot.countAt;
			saved.push({ at, bytes: bytes.slice(at, at + 2 + slot.lookups.length * 2) });
			bytes[at] = kept.length >> 8;
			bytes[at + 1] = kept.length & 0xff;
			kept.forEach((l, j) => {
				bytes[at + 2 + j * 2] = l >> 8;
				bytes[at + 3 + j * 2] = l & 0xff;
			});
		}
	}
	return () => {
		const now = view();
		for (const { at, bytes: original } of saved) now.set(original, at);
	};
}
