import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/lib/outputs/encodePng';

/** The chunks of a PNG, each with whether its CRC is right. */
function chunks(png: Uint8Array): { type: string; data: Buffer; crcOk: boolean }[] {
	const bytes = Buffer.from(png);
	const out = [];
	for (let at = 8; at < bytes.length;) {
		const length = bytes.readUInt32BE(at);
		const type = bytes.subarray(at + 4, at + 8);
		const data = bytes.subarray(at + 8, at + 8 + length);
		const crc = bytes.readUInt32BE(at + 8 + length);
		out.push({
			type: type.toString('latin1'),
			data,
			crcOk: crc === crc32(Buffer.concat([type, data])),
		});
		at += 12 + length;
	}
	return out;
}

describe('encodePng', () => {
	// 3×2 pixels: red, green, blue / white, black, grey; alpha is dropped.
	const rgba = Uint8Array.from([
		255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255, 128, 128, 128,
		255,
	]);
	const png = encodePng(rgba, 3, 2);

	it('writes a PNG a reader accepts: signature, IHDR, IDAT, IEND, every CRC right', () => {
		expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
		const parts = chunks(png);
		expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
		expect(parts.every((c) => c.crcOk)).toBe(true);
		const header = parts[0]!.data;
		expect([header.readUInt32BE(0), header.readUInt32BE(4)]).toEqual([3, 2]);
		expect([...header.subarray(8)]).toEqual([8, 2, 0, 0, 0]); // 8-bit RGB, not interlaced
	});

	it('keeps every pixel’s colour', () => {
		const rows = inflateSync(chunks(png)[1]!.data);
		expect([...rows]).toEqual([
			0, 255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 255, 255, 255, 0, 0, 0, 128, 128, 128,
		]);
	});

	it('says what is wrong when the pixels are not the size given', () => {
		expect(() => encodePng(rgba, 4, 2)).toThrow('encodePng: 24 bytes is not 4×2 RGBA');
	});
});
