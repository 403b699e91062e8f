import { beforeAll, describe, expect, it } from 'vitest';
import { compress, decompress } from 'wawoff2';
import { encodeWoff2, GlyphSubsetter } from 'astro-shaped-subset';
import { glyphKinds, tables, testFonts, type TestFont } from './testFonts.ts';

let fonts: (TestFont & { mine: Uint8Array; theirs: Uint8Array })[];
beforeAll(async () => {
	fonts = [];
	for (const font of await testFonts()) {
		const theirs = (await compress(font.ttf)).slice();
		fonts.push({ ...font, mine: encodeWoff2(font.ttf), theirs });
	}
});

/** Decoded by Google's decoder (wawoff2), copied out of its memory before the next call. */
async function decoded(woff2: Uint8Array): Promise<Uint8Array> {
	return (await decompress(woff2)).slice();
}

/** Every table of `actual` against `expected`, by tag; `head` without its checksum adjustment. */
function expectSameTables(actual: Uint8Array, expected: Uint8Array, label: string): void {
	const a = tables(actual);
	const e = tables(expected);
	expect([...a.keys()].sort(), label).toEqual([...e.keys()].sort());
	for (const [tag, bytes] of e) {
		const mine = a.get(tag)!;
		if (tag === 'head') {
			// checkSumAdjustment (bytes 8 to 11) covers the whole file, whose layout may differ.
			expect(Buffer.from(mine.subarray(12)).equals(Buffer.from(bytes.subarray(12))), label).toBe(
				true,
			);
			expect(
				Buffer.from(mine.subarray(0, 8)).equals(Buffer.from(bytes.subarray(0, 8))),
				label,
			).toBe(true);
		} else {
			expect(Buffer.from(mine).equals(Buffer.from(bytes)), `${label} ${tag}`).toBe(true);
		}
	}
}

describe('the WOFF2 encoder', () => {
	it('is checked on a hinted font and on fonts with composite glyphs', () => {
		const kinds = Object.fromEntries(fonts.map((f) => [f.name, glyphKinds(f.ttf)]));
		expect(kinds['LiberationSans-Regular']!.hinted).toBeGreaterThan(100);
		expect(tables(fonts.at(-1)!.ttf).has('fpgm')).toBe(true);
		for (const font of fonts) expect(kinds[font.name]!.composite, font.name).toBeGreaterThan(10);
	});

	it('writes files Google’s decoder reads back to the tables Google’s encoder gives, every one', async () => {
		for (const { name, ttf, mine: woff2, theirs } of fonts) {
			const reference = await decoded(theirs);
			const mine = await decoded(woff2);
			expectSameTables(mine, reference, name);
			// And every table but glyf and loca (rebuilt from the transform) as in the source font.
			const source = tables(ttf);
			for (const [tag, bytes] of tables(mine)) {
				if (tag === 'glyf' || tag === 'loca' || tag === 'head') continue;
				expect(Buffer.from(bytes).equals(Buffer.from(source.get(tag)!)), `${name} ${tag}`).toBe(
					true,
				);
			}
		}
	});

	it('does so for page subsets too, hinting kept', async () => {
		for (const { name, ttf } of fonts) {
			const subsetter = await GlyphSubsetter.create(ttf);
			const subset = subsetter.subset(
				Array.from({ length: 60 }, (_, i) => i * 3),
				[],
			);
			const reference = await decoded((await compress(subset)).slice());
			expectSameTables(await decoded(encodeWoff2(subset)), reference, `${name} subset`);
		}
	});

	it('is within 0.5 % of Google’s encoder’s size at the same Brotli quality (11)', () => {
		for (const { name, mine, theirs } of fonts) {
			expect(mine.byteLength, name).toBeLessThanOrEqual(theirs.byteLength * 1.005);
		}
	});
});
