import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inRanges, PageFontPlanner, parseFontFaces } from 'astro-shaped-subset';

type FaceNeeds = ReturnType<PageFontPlanner['glyphsFor']>;

/**
 * A list of texts many pages share (the site's zone switcher: about 11,500 texts a language) is
 * shaped once and what it needs kept in the cache folder's `lists/`, so a later build does not
 * shape it again. What a kept list gives must be what shaping it gives, and a kept answer must
 * never outlive the shaping code or the font it came from.
 */
const NODE_MODULES = join(
	dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-bengali/package.json')),
	'..',
	'..',
);
const FONTS_CSS = join(import.meta.dirname, 'fixtures/fonts.css');
const LIST = ['ভারতীয় সময়', 'বাংলাদেশ সময়', 'রাত ৯টা নাগাদ', 'ক্ষমতা', 'মন্ত্রী', 'স্ত্রী', '৫ মার্চ'];

const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function planner(cacheDir: string | undefined, listSalt: string | undefined) {
	const faces = parseFontFaces(readFileSync(FONTS_CSS, 'utf8'));
	const face = faces.find((f) => f.weight === 400 && inRanges(f.ranges, 0x985))!;
	return PageFontPlanner.create(
		[{ face, woff2: readFileSync(join(NODE_MODULES, face.url)), mode: 'shape' }],
		cacheDir,
		{ listSalt },
	);
}

const plain = (needs: FaceNeeds) => ({
	glyphs: [...needs.glyphs].sort((a, b) => a - b),
	unicodes: [...needs.unicodes].sort((a, b) => a - b),
	gsub: [...needs.lookups.GSUB].sort((a, b) => a - b),
	gpos: [...needs.lookups.GPOS].sort((a, b) => a - b),
});

describe('shared lists kept across builds', () => {
	it('give what shaping gives, without shaping again; a new salt shapes again', async () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'list-cache-'));
		dirs.push(cacheDir);
		const shaped = plain((await planner(undefined, undefined)).glyphsFor(0, [], 'bn', [LIST]));
		expect(shaped.glyphs.length).toBeGreaterThan(10);

		const first = await planner(cacheDir, 'salt-1');
		expect(plain(first.glyphsFor(0, [], 'bn', [LIST]))).toEqual(shaped);
		const files = readdirSync(join(cacheDir, 'lists'));
		expect(files).toHaveLength(1);

		// A later build reads the kept answer: it shapes nothing.
		const second = await planner(cacheDir, 'salt-1');
		expect(plain(second.glyphsFor(0, [], 'bn', [LIST]))).toEqual(shaped);
		expect(second.stats.shapeMs).toBe(0);

		// Kept under another salt (another HarfBuzz or shaping code), it is not used.
		const kept = join(cacheDir, 'lists', files[0]!);
		writeFileSync(
			kept,
			JSON.stringify({
				glyphs: [0],
				unicodes: [],
				gsub: [],
				gpos: [],
				gsubSubtables: [],
				gposSubtables: [],
			}),
		);
		const other = await planner(cacheDir, 'salt-2');
		expect(plain(other.glyphsFor(0, [], 'bn', [LIST]))).toEqual(shaped);
		expect(other.stats.shapeMs).toBeGreaterThan(0);
	});

	it('shapes again when the kept file is unreadable, and for another list or language', async () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'list-cache-'));
		dirs.push(cacheDir);
		const shaped = plain((await planner(undefined, undefined)).glyphsFor(0, [], 'bn', [LIST]));
		(await planner(cacheDir, 's')).glyphsFor(0, [], 'bn', [LIST]);
		const [file] = readdirSync(join(cacheDir, 'lists'));
		writeFileSync(join(cacheDir, 'lists', file!), '{"glyphs": [1, 2');
		const again = await planner(cacheDir, 's');
		expect(plain(again.glyphsFor(0, [], 'bn', [LIST]))).toEqual(shaped);
		expect(again.stats.shapeMs).toBeGreaterThan(0);

		const longer = await planner(cacheDir, 's');
		const more = plain(longer.glyphsFor(0, [], 'bn', [[...LIST, 'ঙ্গ']]));
		expect(more.unicodes).toContain(0x999);
		expect(longer.stats.shapeMs).toBeGreaterThan(0);
		expect(readdirSync(join(cacheDir, 'lists'))).toHaveLength(2);
	});
});
