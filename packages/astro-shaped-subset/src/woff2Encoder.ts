import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, type BrotliOptions } from 'node:zlib';

const brotliCompressAsync = promisify(brotliCompress);

/**
 * A WOFF2 encoder (W3C WOFF File Format 2.0) for TrueType fonts, in TypeScript over Node's own
 * Brotli: the glyf/loca transform of the specification (section 5.1), other tables as they are,
 * one Brotli stream. Google's encoder (wawoff2) does the same in WebAssembly at Brotli quality 11
 * only; here the quality is a parameter, and Node's native Brotli is faster at each quality.
 */

/** The tags WOFF2 numbers in its table directory (section 4.2); others are written out. */
const KNOWN_TAGS = [
	'cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca',
	'prep', 'CFF ', 'VORG', 'EBDT', 'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH', 'PCLT', 'VDMX', 'vhea',
	'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB', 'EBSC', 'JSTF', 'MATH', 'CBDT', 'CBLC', 'COLR', 'CPAL',
	'SVG ', 'sbix', 'acnt', 'avar', 'bdat', 'bloc', 'bsln', 'cvar', 'fdsc', 'feat', 'fmtx', 'fvar',
	'gvar', 'hsty', 'just', 'lcar', 'mort', 'morx', 'opbd', 'prop', 'trak', 'Zapf', 'Silf', 'Glat',
	'Gloc', 'Feat', 'Sill',
]; // prettier-ignore

/** A growable byte buffer. */
class Bytes {
	#buf = new Uint8Array(256);
	length = 0;

	#room(n: number): void {
		if (this.length + n <= this.#buf.length) return;
		const next = new Uint8Array(Math.max(this.#buf.length * 2, this.length + n));
		next.set(this.#buf.subarray(0, this.length));
		this.#buf = next;
	}
	u8(v: number): void {
		this.#room(1);
		this.#buf[this.length++] = v & 0xff;
	}
	u16(v: number): void {
		this.u8(v >> 8);
		this.u8(v);
	}
	u32(v: number): void {
		this.u16(v >>> 16);
		this.u16(v & 0xffff);
	}
	bytes(b: Uint8Array): void {
		this.#room(b.length);
		this.#buf.set(b, this.length);
		this.length += b.length;
	}
	/** 255UInt16 (section 4.1). */
	u255(v: number): void {
		if (v < 253) this.u8(v);
		else if (v < 506) {
			this.u8(255);
			this.u8(v - 253);
		} else if (v < 762) {
			this.u8(254);
			this.u8(v - 506);
		} else {
			this.u8(253);
			this.u16(v);
		}
	}
	/** UIntBase128 (section 4.1). */
	base128(v: number): void {
		const groups: number[] = [];
		do {
			groups.unshift(v & 0x7f);
			v = Math.floor(v / 128);
		} while (v > 0);
		groups.forEach((g, i) => this.u8(i < groups.length - 1 ? g | 0x80 : g));
	}
	data(): Uint8Array {
		return this.#buf.subarray(0, this.length);
	}
}

const u16 = (b: Uint8Array, at: number): number => (b[at]! << 8) | b[at + 1]!;
const i16 = (b: Uint8Array, at: number): number => (u16(b, at) << 16) >> 16;
const u32 = (b: Uint8Array, at: number): number =>
	((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

/** One point of a simple glyph as a WOFF2 triplet: a flag byte and 1 to 4 data bytes. */
function triplet(onCurve: boolean, dx: number, dy: number, flags: Bytes, glyphs: Bytes): void {
	const ax = Math.abs(dx);
	const ay = Math.abs(dy);
	const on = onCurve ? 0 : 128;
	const xs = dx < 0 ? 0 : 1;
	const ys = dy < 0 ? 0 : 1;
	const xy = xs + 2 * ys;
	if (dx === 0 && ay < 1280) {
		flags.u8(on + ((ay & 0xf00) >> 7) + ys);
		glyphs.u8(ay & 0xff);
	} else if (dy === 0 && ax < 1280) {
		flags.u8(on + 10 + ((ax & 0xf00) >> 7) + xs);
		glyphs.u8(ax & 0xff);
	} else if (ax < 65 && ay < 65) {
		flags.u8(on + 20 + ((ax - 1) & 0x30) + (((ay - 1) & 0x30) >> 2) + xy);
		glyphs.u8((((ax - 1) & 0xf) << 4) | ((ay - 1) & 0xf));
	} else if (ax < 769 && ay < 769) {
		flags.u8(on + 84 + 12 * (((ax - 1) & 0x300) >> 8) + (((ay - 1) & 0x300) >> 6) + xy);
		glyphs.u8((ax - 1) & 0xff);
		glyphs.u8((ay - 1) & 0xff);
	} else if (ax < 4096 && ay < 4096) {
		flags.u8(on + 120 + xy);
		glyphs.u8(ax >> 4);
		glyphs.u8(((ax & 0xf) << 4) | (ay >> 8));
		glyphs.u8(ay & 0xff);
	} else {
		flags.u8(on + 124 + xy);
		glyphs.u16(ax);
		glyphs.u16(ay);
	}
}

/** Composite glyph flags (glyf table). */
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;
const WE_HAVE_INSTRUCTIONS = 0x0100;
const OVERLAP_SIMPLE = 0x40;

/**
 * The transformed glyf table (section 5.1) and an upper bound of the glyf table a decoder
 * rebuilds from it (the decoder re-encodes each glyph, so its size may differ from the input's).
 */
function transformGlyf(
	glyf: Uint8Array,
	loca: Uint8Array,
	numGlyphs: number,
	indexFormat: number,
): { data: Uint8Array; rebuiltBound: number } {
	const nContours = new Bytes();
	const nPoints = new Bytes();
	const flagStream = new Bytes();
	const glyphStream = new Bytes();
	const composite = new Bytes();
	const bboxes = new Bytes();
	const instructions = new Bytes();
	const bitmapLength = 4 * ((numGlyphs + 31) >> 5);
	const bboxBitmap = new Uint8Array(bitmapLength);
	const overlapBitmap = new Uint8Array((numGlyphs + 7) >> 3);
	let overlaps = false;
	let bound = 0;
	const offset = (i: number): number =>
		indexFormat === 0 ? u16(loca, i * 2) * 2 : u32(loca, i * 4);
	for (let g = 0; g < numGlyphs; g++) {
		const start = offset(g);
		const end = offset(g + 1);
		const contours = end > start ? i16(glyf, start) : 0;
		if (contours === 0) {
			// Empty (a decoder rebuilds nothing for it, whatever the input held).
			nContours.u16(0);
			continue;
		}
		const [xMin, yMin, xMax, yMax] = [2, 4, 6, 8].map((o) => i16(glyf, start + o)) as [
			number,
			number,
			number,
			number,
		];
		nContours.u16(contours & 0xffff);
		if (contours < 0) {
			// Composite: its component records as they are, with an explicit bounding box.
			let at = start + 10;
			let flags: number;
			let hasInstructions = false;
			do {
				flags = u16(glyf, at);
				hasInstructions ||= (flags & WE_HAVE_INSTRUCTIONS) !== 0;
				at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
				if (flags & WE_HAVE_A_SCALE) at += 2;
				else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
				else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
			} while (flags & MORE_COMPONENTS);
			composite.bytes(glyf.subarray(start + 10, at));
			bboxBitmap[g >> 3] = bboxBitmap[g >> 3]! | (0x80 >> (g & 7));
			for (const v of [xMin, yMin, xMax, yMax]) bboxes.u16(v & 0xffff);
			let instructionLength = 0;
			if (hasInstructions) {
				instructionLength = u16(glyf, at);
				glyphStream.u255(instructionLength);
				instructions.bytes(glyf.subarray(at + 2, at + 2 + instructionLength));
			}
			bound += at - start + 2 + instructionLength + 3;
			continue;
		}
		// Simple: contour ends, instructions, then flags and coordinates (section 5.1's triplets).
		let at = start + 10;
		let previous = -1;
		for (let c = 0; c < contours; c++) {
			const last = u16(glyf, at + c * 2);
			nPoints.u255(last - previous);
			previous = last;
		}
		const points = previous + 1;
		at += contours * 2;
		const instructionLength = u16(glyf, at);
		const instructionBytes = glyf.subarray(at + 2, at + 2 + instructionLength);
		at += 2 + instructionLength;
		const pointFlags = new Uint8Array(points);
		for (let p = 0; p < points;) {
			const flag = glyf[at++]!;
			pointFlags[p++] = flag;
			if (flag & 0x08) {
				const repeat = glyf[at++]!;
				for (let r = 0; r < repeat; r++) pointFlags[p++] = flag;
			}
		}
		if (pointFlags[0]! & OVERLAP_SIMPLE) {
			overlaps = true;
			overlapBitmap[g >> 3] = overlapBitmap[g >> 3]! | (0x80 >> (g & 7));
		}
		const xs = new Int32Array(points);
		const ys = new Int32Array(points);
		for (const [coords, short, same] of [
			[xs, 0x02, 0x10],
			[ys, 0x04, 0x20],
		] as const) {
			let value = 0;
			for (let p = 0; p < points; p++) {
				const flag = pointFlags[p]!;
				if (flag & short) value += flag & same ? glyf[at++]! : -glyf[at++]!;
				else if (!(flag & same)) {
					value += i16(glyf, at);
					at += 2;
				}
				coords[p] = value;
			}
		}
		let x = 0;
		let y = 0;
		let [bx0, by0, bx1, by1] = [Infinity, Infinity, -Infinity, -Infinity];
		for (let p = 0; p < points; p++) {
			triplet((pointFlags[p]! & 1) === 1, xs[p]! - x, ys[p]! - y, flagStream, glyphStream);
			x = xs[p]!;
			y = ys[p]!;
			bx0 = Math.min(bx0, x);
			by0 = Math.min(by0, y);
			bx1 = Math.max(bx1, x);
			by1 = Math.max(by1, y);
		}
		glyphStream.u255(instructionLength);
		instructions.bytes(instructionBytes);
		// The decoder computes the bounding box from the points; give it only where it differs.
		if (points === 0 || bx0 !== xMin || by0 !== yMin || bx1 !== xMax || by1 !== yMax) {
			bboxBitmap[g >> 3] = bboxBitmap[g >> 3]! | (0x80 >> (g & 7));
			for (const v of [xMin, yMin, xMax, yMax]) bboxes.u16(v & 0xffff);
		}
		bound += 12 + contours * 2 + instructionLength + points * 5 + 3;
	}
	const out = new Bytes();
	out.u16(0); // version
	out.u16(overlaps ? 1 : 0);
	out.u16(numGlyphs);
	out.u16(indexFormat);
	const bbox = new Bytes();
	bbox.bytes(bboxBitmap);
	bbox.bytes(bboxes.data());
	const streams = [nContours, nPoints, flagStream, glyphStream, composite, bbox, instructions];
	for (const s of streams) out.u32(s.length);
	for (const s of streams) out.bytes(s.data());
	if (overlaps) out.bytes(overlapBitmap);
	return { data: out.data(), rebuiltBound: bound };
}

const pad4 = (n: number): number => (n + 3) & ~3;

/** A font's WOFF2 table directory and the table data to compress, with the header's sizes. */
interface Prepared {
	numTables: number;
	sfntSize: number;
	directory: Uint8Array;
	stream: Uint8Array;
}

function prepare(ttf: Uint8Array): Prepared {
	if (u32(ttf, 0) !== 0x00010000) throw new Error('encodeWoff2: not a TrueType font (sfnt 1.0)');
	const numTables = u16(ttf, 4);
	const tables = new Map<string, Uint8Array>();
	for (let i = 0; i < numTables; i++) {
		const rec = 12 + i * 16;
		const tag = String.fromCharCode(...ttf.subarray(rec, rec + 4));
		const offset = u32(ttf, rec + 8);
		tables.set(tag, ttf.subarray(offset, offset + u32(ttf, rec + 12)));
	}
	// Tags in order, loca straight after glyf (section 5.3).
	const tags = [...tables.keys()].filter((t) => t !== 'loca').sort();
	const glyf = tables.get('glyf');
	const loca = tables.get('loca');
	const head = tables.get('head');
	const maxp = tables.get('maxp');
	const transform = glyf && loca && head && maxp;
	if (loca) tags.splice(transform ? tags.indexOf('glyf') + 1 : tags.length, 0, 'loca');
	const directory = new Bytes();
	const stream = new Bytes();
	let sfntSize = 12 + 16 * tags.length;
	for (const tag of tags) {
		let data = tables.get(tag)!;
		const known = KNOWN_TAGS.indexOf(tag);
		// Transform version in bits 6–7: 0 means transformed for glyf/loca and as-is for the rest,
		// 3 as-is for glyf/loca (section 4.2).
		const version = (tag === 'glyf' || tag === 'loca') && !transform ? 3 : 0;
		directory.u8((known >= 0 ? known : 63) | (version << 6));
		if (known < 0) for (let i = 0; i < 4; i++) directory.u8(tag.charCodeAt(i));
		directory.base128(data.length);
		if (tag === 'head') {
			// Bit 11 of head.flags: font data changed losslessly by a transform (section 5).
			data = data.slice();
			data[16] = data[16]! | 0x08;
		}
		if (transform && tag === 'glyf') {
			const { data: transformed, rebuiltBound } = transformGlyf(
				glyf,
				loca,
				u16(maxp, 4),
				i16(head, 50),
			);
			directory.base128(transformed.length);
			stream.bytes(transformed);
			sfntSize += pad4(Math.max(rebuiltBound, glyf.length));
		} else if (transform && tag === 'loca') {
			directory.base128(0);
			sfntSize += pad4(loca.length);
		} else {
			stream.bytes(data);
			sfntSize += pad4(data.length);
		}
	}
	return { numTables: tags.length, sfntSize, directory: directory.data(), stream: stream.data() };
}

function brotliOptions(p: Prepared, quality: number): BrotliOptions {
	return {
		params: {
			[constants.BROTLI_PARAM_QUALITY]: quality,
			[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_FONT,
			[constants.BROTLI_PARAM_SIZE_HINT]: p.stream.length,
		},
	};
}

function finish({ numTables, sfntSize, directory }: Prepared, compressed: Uint8Array): Uint8Array {
	const headerLength = 48;
	const length = pad4(headerLength + directory.length + compressed.length);
	const out = new Bytes();
	out.u32(0x774f4632); // 'wOF2'
	out.u32(0x00010000); // flavor: TrueType
	out.u32(length);
	out.u16(numTables);
	out.u16(0); // reserved
	out.u32(sfntSize);
	out.u32(compressed.length);
	out.u16(1); // the WOFF file's own version number (informational): 1.0
	out.u16(0);
	for (let i = 0; i < 5; i++) out.u32(0); // no metadata, no private data
	out.bytes(directory);
	out.bytes(compressed);
	while (out.length < length) out.u8(0);
	return out.data().slice();
}

/** WOFF2 bytes of a TrueType font, Brotli at `quality` (0 to 11; Google's encoder uses 11). */
export function encodeWoff2(ttf: Uint8Array, quality = 11): Uint8Array {
	const p = prepare(ttf);
	return finish(p, brotliCompressSync(p.stream, brotliOptions(p, quality)));
}

/**
 * {@link encodeWoff2} with the Brotli compression on Node's thread pool: several run at once,
 * beside the JavaScript thread.
 */
export async function encodeWoff2Async(ttf: Uint8Array, quality = 11): Promise<Uint8Array> {
	const p = prepare(ttf);
	return finish(p, await brotliCompressAsync(p.stream, brotliOptions(p, quality)));
}
