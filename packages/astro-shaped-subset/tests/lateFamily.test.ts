import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { decompress } from 'wawoff2';
import shapedSubset, {
	lateFaces,
	parseFontFaces,
	Shaper,
	subsetSiteFonts,
	type FontFace,
	type FontSubsetJob,
} from 'astro-shaped-subset';
import { parse } from 'node-html-parser';
import { resolveFontUrl } from '../src/subsetSite.ts';

/** The site's font stylesheet, as a fixture: Noto Sans Bengali's Bengali and Latin faces. */
const FONTS_CSS = join(import.meta.dirname, 'fixtures/fonts.css');
const SOURCE_FACES = parseFontFaces(readFileSync(FONTS_CSS, 'utf8'));

const folders: string[] = [];
afterAll(() => {
	for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A built site of two pages: a story, and a search page whose results arrive after load. */
function builtSite(): string {
	const dir = mkdtempSync(join(tmpdir(), 'shaped-subset-late-'));
	folders.push(dir);
	const page = (body: string): string =>
		`<!doctype html><html lang="bn"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
	mkdirSync(join(dir, 'story'), { recursive: true });
	mkdirSync(join(dir, 'search'), { recursive: true });
	writeFileSync(join(dir, 'story/index.html'), page('<h1>ফেসবুক বিভ্রাট</h1><p>স্ত্রী ও মন্ত্রী</p>'));
	writeFileSync(
		join(dir, 'search/index.html'),
		page(
			'<h1>প্রতিবেদনে খুঁজুন</h1><search-box data-bundle="/pagefind/">' +
				'<label>কী খুঁজবেন <input required></label>' +
				'<ol class="results"></ol></search-box>',
		),
	);
	return dir;
}

function job(outDir: string, lateFamily?: string): FontSubsetJob {
	return {
		root: outDir,
		outDir,
		base: '/',
		assetsDir: '_astro',
		fontsCssPath: FONTS_CSS,
		subsetFaces: 'all',
		shapeFaces: 0x0985,
		wholeFonts: '[data-bundle$="/pagefind/"]',
		lateFamily,
		planInputs: [],
		cacheDir: undefined,
		bold: 'face',
	};
}

/** What a built page links: its preloaded fonts and the faces of its font stylesheet. */
function linksOf(dir: string, page: string): { preloads: string[]; faces: FontFace[] } {
	const head = parse(readFileSync(join(dir, page, 'index.html'), 'utf8'));
	const preloads = head
		.querySelectorAll('link[rel="preload"][as="font"]')
		.map((l) => l.getAttribute('href')!);
	const sheets = head
		.querySelectorAll('link[rel="stylesheet"]')
		.map((l) => l.getAttribute('href')!);
	const faces = sheets.flatMap((href) => parseFontFaces(readFileSync(join(dir, href), 'utf8')));
	return { preloads, faces };
}

/** The face of the font stylesheet a built face was made from (same weight and unicode-range). */
function sourceOf(face: FontFace): FontFace {
	return SOURCE_FACES.find(
		(s) => s.weight === face.weight && s.unicodeRange === face.unicodeRange,
	)!;
}

describe('lateFamily', () => {
	it('gives a wholeFonts page subsets for its own text, and the whole faces under the late family, not preloaded', async () => {
		const dir = builtSite();
		await subsetSiteFonts(job(dir, '{family} Whole'));
		const { preloads, faces } = linksOf(dir, 'search');

		// The page's own text: subsets, preloaded, as on any page.
		const own = faces.filter((f) => f.family === 'Noto Sans Bengali');
		expect(own.length).toBeGreaterThan(0);
		for (const face of own) expect(face.url).toMatch(/-subset\.[0-9a-f]{10}\.woff2$/);
		expect(preloads.sort()).toEqual(own.map((f) => f.url).sort());
		const regular = own.find((f) => f.weight === 400 && f.url.includes('-bengali-bengali-'))!;
		const small = new Shaper((await decompress(readFileSync(join(dir, regular.url)))).slice());
		const full = new Shaper(
			(await decompress(readFileSync(resolveFontUrl(sourceOf(regular).url, FONTS_CSS)))).slice(),
		);
		expect(small.shape('খুঁজবেন', 'bn')).toEqual(full.shape('খুঁজবেন', 'bn'));

		// Every face again, whole (the source file's bytes), under the late family: same style,
		// weight, font-display and unicode-range, and never preloaded.
		const late = faces.filter((f) => f.family === 'Noto Sans Bengali Whole');
		expect(late).toHaveLength(SOURCE_FACES.length);
		for (const face of late) {
			const source = sourceOf(face);
			expect(face).toMatchObject({
				style: source.style,
				weight: source.weight,
				display: source.display,
				unicodeRange: source.unicodeRange,
			});
			expect(face.url).not.toContain('-subset');
			expect(readFileSync(join(dir, face.url))).toEqual(
				readFileSync(resolveFontUrl(source.url, FONTS_CSS)),
			);
			expect(preloads).not.toContain(face.url);
		}
		expect(new Set(late.map((f) => f.display))).toEqual(new Set(['swap', 'optional']));

		// A page without the selector is not touched by the option.
		const story = linksOf(dir, 'story');
		expect(story.faces.every((f) => f.family === 'Noto Sans Bengali')).toBe(true);
		expect(story.faces.every((f) => f.url.includes('-subset.'))).toBe(true);
	});

	it('without it, gives a wholeFonts page the whole faces under their own family, preloaded', async () => {
		const dir = builtSite();
		await subsetSiteFonts(job(dir));
		const { preloads, faces } = linksOf(dir, 'search');
		expect(faces.length).toBeGreaterThan(0);
		expect(faces.every((f) => f.family === 'Noto Sans Bengali')).toBe(true);
		for (const face of faces) {
			expect(face.url).not.toContain('-subset');
			expect(readFileSync(join(dir, face.url))).toEqual(
				readFileSync(resolveFontUrl(sourceOf(face).url, FONTS_CSS)),
			);
		}
		expect(preloads.sort()).toEqual(faces.map((f) => f.url).sort());
	});

	it('declares the late family on the whole files in astro dev too, so late text looks the same', async () => {
		const plugins: { load(id: string): Promise<string | undefined> | undefined }[] = [];
		const integration = shapedSubset({ fontsCss: FONTS_CSS, lateFamily: '{family} Whole' });
		const setup = integration.hooks['astro:config:setup'] as unknown as (params: {
			config: { root: URL };
			command: string;
			updateConfig(config: { vite: { plugins: typeof plugins } }): void;
		}) => void;
		setup({
			config: { root: pathToFileURL(`${import.meta.dirname}/`) },
			command: 'dev',
			updateConfig: (config) => plugins.push(...config.vite.plugins),
		});
		const css = (await plugins[0]!.load(FONTS_CSS))!;
		const faces = parseFontFaces(css);
		expect(faces.filter((f) => f.family === 'Noto Sans Bengali')).toEqual(SOURCE_FACES);
		expect(faces.filter((f) => f.family === 'Noto Sans Bengali Whole')).toEqual(
			SOURCE_FACES.map((f) => ({ ...f, family: 'Noto Sans Bengali Whole' })),
		);
		expect(await plugins[0]!.load('/elsewhere/site.css')).toBeUndefined();
	});

	it('refuses a late family that is one of the stylesheet’s own', () => {
		expect(() => lateFaces(SOURCE_FACES, '{family}')).toThrowErrorMatchingInlineSnapshot(
			`[Error: astro-shaped-subset: lateFamily "{family}" gives "Noto Sans Bengali", a family the font stylesheet already declares; name the late family apart, e.g. "{family} Whole"]`,
		);
	});
});
