import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decompress } from 'wawoff2';
import { inRanges, parseFontFaces, type FontFace } from '../../src/lib/fonts/fontFaces';
import { faceRuns, pageText, type Weight } from '../../src/lib/fonts/pageText';
import { Shaper } from '../../src/lib/fonts/shaper';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/server';
import { listPages, readPage, ROOT, siteDir } from '../support/site';

const FONTS_CSS = join(ROOT, 'src/styles/fonts.css');
const sourceFaces = parseFontFaces(readFileSync(FONTS_CSS, 'utf8'));
const isBengali = (face: FontFace): boolean => inRanges(face.ranges, 0x0985);

/** The @font-face rules a built page links to (its per-page font stylesheet). */
function pageFaces(html: string): { face: FontFace; file: string }[] {
	const hrefs = [
		...html.matchAll(/<link rel="stylesheet" href="\/(_astro\/fonts\.[0-9a-f]+\.css)">/g),
	];
	return hrefs.flatMap((m) =>
		parseFontFaces(readFileSync(join(siteDir(), m[1]!), 'utf8')).map((face) => ({
			face,
			file: join(siteDir(), face.url.replace(/^\//, '')),
		})),
	);
}

function inlineCss(html: string): string {
	return [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
}

const shapers = new Map<string, Promise<Shaper>>();
function shaperFor(file: string): Promise<Shaper> {
	let shaper = shapers.get(file);
	if (!shaper) {
		shaper = decompress(readFileSync(file)).then((ttf) => new Shaper(ttf.slice()));
		shapers.set(file, shaper);
	}
	return shaper;
}

function fullFontFile(face: FontFace): string {
	const source = sourceFaces.find(
		(s) => s.weight === face.weight && s.unicodeRange === face.unicodeRange,
	);
	if (!source)
		throw new Error(`No face in fonts.css for weight ${face.weight} ${face.unicodeRange}`);
	return join(ROOT, 'node_modules', source.url);
}

const storyPages = (): string[] =>
	listPages().filter((p) => /^\/(bn|en)\/[^/]+\/$/.test(p) && !p.endsWith('/search/'));

describe('per-page Bengali font subsets', () => {
	it('every page links its own font stylesheet, and Bengali faces are subsets under 15 KB', () => {
		const bnStory = storyPages().find((p) => p.startsWith('/bn/'))!;
		expect(bnStory).toBeDefined();
		for (const path of listPages()) {
			const html = readPage(path);
			if (!html.includes('</head>')) continue;
			const faces = pageFaces(html);
			expect(faces.length, path).toBeGreaterThan(0);
			if (/\/pagefind\//.test(html)) continue; // search results arrive at run time: whole fonts
			for (const { face, file } of faces.filter((f) => isBengali(f.face))) {
				expect(file, path).toMatch(/-subset\.[0-9a-f]{10}\.woff2$/);
				expect(readFileSync(file).byteLength, `${path} ${face.weight}`).toBeLessThan(
					readFileSync(fullFontFile(face)).byteLength / 2,
				);
			}
		}
	});

	it('shape each page’s text exactly as the full font does', async () => {
		let runsCompared = 0;
		for (const path of listPages()) {
			const html = readPage(path);
			if (!html.includes('</head>') || /\/pagefind\//.test(html)) continue;
			const text = pageText(html, inlineCss(html));
			for (const { face, file } of pageFaces(html).filter((f) => isBengali(f.face))) {
				const subset = await shaperFor(file);
				const full = await shaperFor(fullFontFile(face));
				const covers = (cp: number): boolean => inRanges(face.ranges, cp) && full.covers(cp);
				const texts = text.byWeight[face.weight as Weight];
				const runs = new Set(texts.flatMap((t) => faceRuns(t, covers)));
				for (const run of runs) {
					expect(subset.shape(run, text.lang), `${path} ${face.weight} "${run}"`).toEqual(
						full.shape(run, text.lang),
					);
					runsCompared++;
				}
			}
		}
		expect(runsCompared).toBeGreaterThan(50);
	});

	it('bold Bengali only where a page draws Bengali in bold', () => {
		for (const path of listPages()) {
			const html = readPage(path);
			if (!html.includes('</head>') || /\/pagefind\//.test(html)) continue;
			const text = pageText(html, inlineCss(html));
			const boldBengali = text.byWeight[700].some((t) => /[\u0980-\u09ff]/.test(t));
			const hasBold = pageFaces(html).some((f) => isBengali(f.face) && f.face.weight === 700);
			expect(hasBold, path).toBe(boldBengali);
		}
	});
});

describe('in Chromium', () => {
	let server: StaticServer;
	let browser: TestBrowser;
	beforeAll(async () => {
		server = await serveStatic(siteDir());
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('the page’s subset fonts load under the content-security-policy', async () => {
		for (const path of storyPages()) {
			const page = await browser.newPage();
			const violations: string[] = [];
			page.on('console', (msg) => {
				if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
			});
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					console.error(`Refused to load: CSP ${e.violatedDirective} ${e.blockedURI}`);
				});
			});
			server.requests.length = 0;
			await page.goto(`${server.url}${path.slice(1)}`, { waitUntil: 'load' });
			const fonts = await page.evaluate(async () => {
				await document.fonts.ready;
				return [...document.fonts]
					.filter((f) => f.status === 'loaded')
					.map((f) => `${f.family.replace(/["']/g, '')} ${f.weight}`);
			});
			const expected = path.startsWith('/bn/')
				? ['Noto Sans Bengali 400', 'Noto Sans Bengali 700']
				: ['Noto Sans Bengali 400'];
			expect(fonts, path).toEqual(expect.arrayContaining(expected));
			const fontRequests = server.requests.filter((r) => r.url.endsWith('.woff2'));
			const bengali = fontRequests.filter((r) => r.url.includes('-bengali-bengali-'));
			expect(bengali.length, path).toBeGreaterThan(0);
			for (const r of bengali) {
				expect(r.url, path).toMatch(/-subset\.[0-9a-f]{10}\.woff2$/);
				expect(r.status, r.url).toBe(200);
			}
			expect(violations, path).toEqual([]);
			await page.close();
		}
	});
});
