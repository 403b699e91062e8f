import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Canvas } from 'canvaskit-wasm';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { decompress } from 'wawoff2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_FONT_FILES, cardKit, type CardKit } from '../../src/lib/outputs/cardFonts';
import { cardParagraph } from '../../src/lib/outputs/cardParagraph';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { inkMismatch, toInk, type Ink } from '../support/ink';
import { readPage, siteDir } from '../support/site';

/**
 * The social card (og:image) of each story edition: linked from the page with its size, and a
 * 1200×630 PNG in the built site. And the proof that the card's Bengali is shaped (conjuncts,
 * reph, pre-base vowel signs): each word of the headline, drawn by the card's own text code
 * (CanvasKit's paragraph engine, the card's headline style), is inked as Chromium inks the same
 * word in the same font file at the same size; and the comparison does catch unshaped text, as
 * a renderer without shaping draws it (each character's glyph from the font's cmap, in logical
 * order) or as characters drawn one by one. Last, the headline cut from each built card is inked
 * as Chromium inks the whole title at the card's size and width, line breaks included.
 */

const STORY = 'meta-outage-2024-03-05';
const SITE = 'https://somoyrekha.example';
const meta = (html: string, key: string) =>
	parse(html)
		.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)
		.map((m) => m.getAttribute('content'));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8)).toEqual(
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
	);
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** `@font-face` rules for the card's 700 files, as Chromium gets fonts on the site: WOFF2. */
async function boldFaces(): Promise<string> {
	const faces = await Promise.all(
		CARD_FONT_FILES.filter((f) => f.weight === 700).map(
			async (f) =>
				`@font-face{font-family:Card;font-weight:700;src:url(data:font/woff2;base64,${(await readFile(f.file)).toString('base64')}) format('woff2')}`,
		),
	);
	return faces.join('');
}

/** A PNG's pixels, decoded by CanvasKit. */
function decode(
	{ canvasKit: ck }: CardKit,
	png: Uint8Array,
): { rgba: Uint8Array; width: number; height: number } {
	const image = ck.MakeImageFromEncoded(png)!;
	const [width, height] = [image.width(), image.height()];
	const rgba = image.readPixels(0, 0, {
		width,
		height,
		colorType: ck.ColorType.RGBA_8888,
		alphaType: ck.AlphaType.Unpremul,
		colorSpace: ck.ColorSpace.SRGB,
	}) as Uint8Array;
	image.delete();
	return { rgba, width, height };
}

let kit: CardKit;
let browser: TestBrowser;

beforeAll(async () => {
	kit = await cardKit();
	browser = await launchBrowser({ viewport: { width: 1300, height: 900 } });
}, 120_000);

afterAll(async () => {
	await browser?.close();
});

describe.each(['bn', 'en'] as const)('the %s edition’s social card', (lang) => {
	const html = readPage(`/${lang}/${STORY}/`);
	const card = `${SITE}/${lang}/${STORY}/og.png`;

	it('is the page’s og:image and large Twitter card, with its size and a description', () => {
		expect(meta(html, 'og:image')).toEqual([card]);
		expect(meta(html, 'og:image:width')).toEqual(['1200']);
		expect(meta(html, 'og:image:height')).toEqual(['630']);
		expect(meta(html, 'og:image:type')).toEqual(['image/png']);
		const [alt] = meta(html, 'og:image:alt');
		expect(alt).toContain(parse(html).querySelector('h1')!.text);
		expect(meta(html, 'twitter:card')).toEqual(['summary_large_image']);
		expect(meta(html, 'twitter:image')).toEqual([card]);
		expect(meta(html, 'twitter:image:alt')).toEqual([alt]);
	});

	it('is a 1200×630 PNG in the built site, small enough to share', () => {
		const bytes = readFileSync(join(siteDir(), lang, STORY, 'og.png'));
		expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
		expect(bytes.length).toBeLessThan(150_000);
	});
});

describe('the card’s Bengali, against Chromium’s shaping of the same words in the same font', () => {
	const SIZE = 64;
	const [W, H] = [1000, 160];
	/** The Bengali headline, as the card draws it, and the hardest words of the report. */
	const title = meta(readPage(`/bn/${STORY}/`), 'og:title')[0]!;
	const words = [...title.split(' '), 'ক্ষমাপ্রার্থী', 'অ্যাকাউন্ট', 'স্টোন', 'র্যা'];
	/** Words whose glyphs are the font's plain character glyphs in order: shaping changes nothing. */
	const PLAIN = ['পর', 'এবং'];
	let page: Page;
	let chromium: Map<string, Ink>;

	/** What `draw` inks on a white canvas. */
	function ink(draw: (canvas: Canvas) => void): Ink {
		const ck = kit.canvasKit;
		const surface = ck.MakeSurface(W, H)!;
		const canvas = surface.getCanvas();
		canvas.clear(ck.WHITE);
		draw(canvas);
		const info = {
			width: W,
			height: H,
			colorType: ck.ColorType.RGBA_8888,
			alphaType: ck.AlphaType.Unpremul,
			colorSpace: ck.ColorSpace.SRGB,
		};
		const pixels = canvas.readPixels(0, 0, info) as Uint8Array;
		surface.delete();
		return toInk(pixels, W, H);
	}

	/** The card's headline text code: shaped by CanvasKit's paragraph engine (HarfBuzz). */
	const style = { size: SIZE, weight: 700, color: '#000000', lang: 'bn' } as const;
	const card = (word: string) =>
		ink((canvas) => {
			const paragraph = cardParagraph(kit, word, style, 10_000);
			canvas.drawParagraph(paragraph, 20, 20);
			paragraph.delete();
		});

	beforeAll(async () => {
		page = await browser.newPage();
		// The same font files the card loads.
		const faces = await boldFaces();
		await page.setContent(
			`<!doctype html><html lang="bn"><style>${faces}
			body{margin:0;background:#fff}
			span{display:inline-block;padding:20px;font:700 ${String(SIZE)}px/1.3 Card;color:#000;white-space:nowrap}
			</style><body>${words.map((w, i) => `<span id="w${String(i)}">${w}</span>`).join('')}</body></html>`,
		);
		await page.evaluate(() => document.fonts.ready);
		chromium = new Map();
		for (const [i, word] of words.entries()) {
			const shot = decode(kit, await page.locator(`#w${String(i)}`).screenshot());
			chromium.set(word, toInk(shot.rgba, shot.width, shot.height));
		}
	}, 120_000);

	afterAll(async () => {
		await page?.close();
	});

	it('Chromium drew every word in the card’s font', async () => {
		const loaded = await page.evaluate(
			(ws) => ws.every((w) => document.fonts.check(`700 64px Card`, w)),
			words,
		);
		expect(loaded).toBe(true);
	});

	it('inks every word as Chromium does (under 2% of ink out of place, each word)', () => {
		const scores = Object.fromEntries(
			words.map((w) => [w, inkMismatch(chromium.get(w)!, card(w))]),
		);
		for (const word of words) expect(scores[word], word).toBeLessThan(0.02);
	});

	it('would catch text drawn without shaping: the font’s character glyphs in logical order', async () => {
		const ck = kit.canvasKit;
		const bold = CARD_FONT_FILES.find((f) => f.family === 'Card Bengali' && f.weight === 700)!;
		const ttf = (await decompress(await readFile(bold.file))).slice();
		const font = new ck.Font(ck.Typeface.MakeTypefaceFromData(ttf.buffer), SIZE);
		const paint = new ck.Paint();
		paint.setAntiAlias(true);
		const caught = words.filter(
			(w) =>
				inkMismatch(
					chromium.get(w)!,
					ink((canvas) => canvas.drawText(w, 20, 100, paint, font)),
				) > 0.1,
		);
		font.delete();
		paint.delete();
		expect(caught).toEqual(words.filter((w) => !PLAIN.includes(w)));
	});

	it('would catch text drawn one character at a time', () => {
		const oneByOne = (word: string) =>
			ink((canvas) => {
				let x = 20;
				for (const char of word) {
					const paragraph = cardParagraph(kit, char, style, 10_000);
					canvas.drawParagraph(paragraph, x, 20);
					x += paragraph.getMaxIntrinsicWidth();
					paragraph.delete();
				}
			});
		const caught = words.filter((w) => inkMismatch(chromium.get(w)!, oneByOne(w)) > 0.1);
		expect(caught).toEqual(words.filter((w) => w !== 'পর'));
	});
});

describe.each(['bn', 'en'] as const)('the built %s card’s headline, against Chromium', (lang) => {
	it('is inked as Chromium inks the title in the same font, size and width (lines and all)', async () => {
		const card = decode(kit, readFileSync(join(siteDir(), lang, STORY, 'og.png')));
		// The headline sits between the masthead band and the footer's rule: the first row below
		// the band that is one colour across the text column, and not the paper's.
		const pixel = (x: number, y: number) => {
			const p = (y * card.width + x) * 4;
			return (card.rgba[p]! << 16) | (card.rgba[p + 1]! << 8) | card.rgba[p + 2]!;
		};
		const TOP = 104;
		let rule = TOP;
		for (let y = TOP + 10; y < card.height && rule === TOP; y++) {
			const colour = pixel(72, y);
			let even = colour !== pixel(20, y);
			for (let x = 72; x < 1128 && even; x++) even = pixel(x, y) === colour;
			if (even) rule = y;
		}
		expect(rule).toBeGreaterThan(TOP + 100);
		const region = card.rgba.subarray(TOP * card.width * 4, (rule - 4) * card.width * 4);
		const headline = toInk(region, card.width, rule - 4 - TOP);

		const title = meta(readPage(`/${lang}/${STORY}/`), 'og:title')[0]!;
		const page = await browser.newPage();
		const faces = await boldFaces();
		// The card sets its headline 72 px down to 44 px in 4 px steps, whichever fits: the size
		// whose lines are as wide and tall as the card's is the card's size.
		let best = { size: 0, score: 1 };
		for (let size = 72; size >= 44; size -= 4) {
			await page.setContent(
				`<!doctype html><html lang="${lang}"><style>${faces}
				body{margin:0;background:#fff}
				div{width:1056px;padding:20px;font:700 ${String(size)}px/${lang === 'bn' ? '1.35' : '1.2'} Card;color:#000}
				</style><body><div>${title}</div></body></html>`,
			);
			await page.evaluate(() => document.fonts.ready);
			const shot = decode(kit, await page.locator('div').screenshot());
			const chromium = toInk(shot.rgba, shot.width, shot.height);
			if (
				Math.abs(chromium.width - headline.width) <= 2 &&
				Math.abs(chromium.height - headline.height) <= 2
			) {
				best = { size, score: inkMismatch(headline, chromium) };
				break;
			}
		}
		await page.close();
		expect(best.size, 'no headline size in Chromium matches the card’s lines').toBeGreaterThan(0);
		expect(best.score).toBeLessThan(0.02);
	});
});
