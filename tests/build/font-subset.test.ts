import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decompress } from 'wawoff2';
import {
	faceRuns,
	inRanges,
	lateFamilyName,
	pageFontText,
	parseFontFaces,
	Shaper,
	stylesOf,
	type FontFace,
	type PageText,
	type Weight,
} from 'astro-shaped-subset';
import { parse } from 'node-html-parser';
import { LATE_FAMILY } from '../../src/integrations/wholeFonts';
import { zoneSwitcherLateText } from '../../src/integrations/zoneSwitcherLateText';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/server';
import { zoneSwitcherPageText } from '../support/zoneSwitcherPageText';
import { listPages, readPage, ROOT, siteDir } from '../support/site';

const FONTS_CSS = join(ROOT, 'src/styles/fonts.css');
const sourceFaces = parseFontFaces(readFileSync(FONTS_CSS, 'utf8'));
const isBengali = (face: FontFace): boolean => inRanges(face.ranges, 0x0985);

/** The families the search pages declare the whole faces under, for results (LATE_FAMILY). */
const lateFamilies = new Set(sourceFaces.map((f) => lateFamilyName(LATE_FAMILY, f.family)));

/**
 * The @font-face rules a built page links to (its per-page font stylesheet) for its own text;
 * `late`: those under the late family instead (the search pages' whole faces, for results).
 */
function pageFaces(html: string, { late = false } = {}): { face: FontFace; file: string }[] {
	const sheets = parse(html)
		.querySelectorAll('link[rel="stylesheet"]')
		.map((link) => link.getAttribute('href')!)
		.filter((href) => /^\/_astro\/fonts\.[0-9a-f]+\.css$/.test(href));
	return sheets.flatMap((href) =>
		parseFontFaces(readFileSync(join(siteDir(), href), 'utf8'))
			.filter((face) => lateFamilies.has(face.family) === late)
			.map((face) => ({ face, file: join(siteDir(), face.url.replace(/^\//, '')) })),
	);
}

/** The page's text with what its zone switcher can write, by weight (as the integration sees it). */
async function textOf(html: string): Promise<PageText> {
	const document = parse(html, { comment: false });
	const css = await stylesOf(document, '/', siteDir(), new Map());
	return pageFontText(document, css, zoneSwitcherLateText);
}

/**
 * A page that loads Pagefind (the search page): its own text gets subsets like any page's, and
 * its results, which arrive at run time, the whole faces under the late family.
 */
const isSearch = (html: string): boolean => html.includes('/pagefind/');

/**
 * The text a page's face draws: its own weight's, and where the page has no bold face of the
 * family, the bold text too (the browser emboldens the regular face).
 */
function drawnBy(face: FontFace, faces: FontFace[], text: PageText): string[] {
	const bold = faces.some((f) => f.family === face.family && f.weight >= 600);
	const weights: Weight[] = face.weight !== 400 ? [700] : bold ? [400] : [400, 700];
	return [
		...weights.flatMap((w) => text.byWeight[w]),
		...(text.shared ?? [])
			.filter((s) => s.weights.some((w) => weights.includes(w)))
			.flatMap((s) => s.texts),
	];
}

/** Bengali font bytes a page loads of each weight, at most. */
const BENGALI_FONT_PER_WEIGHT = 15 * 1024;

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

describe('per-page font subsets', () => {
	it('every page links its own font stylesheet, with at most 15 KB of Bengali subset a weight', () => {
		const bnStory = storyPages().find((p) => p.startsWith('/bn/'))!;
		expect(bnStory).toBeDefined();
		let boldSubsets = 0;
		for (const path of listPages()) {
			const html = readPage(path);
			if (!html.includes('</head>')) continue;
			const faces = pageFaces(html);
			expect(faces.length, path).toBeGreaterThan(0);
			for (const { face, file } of faces) {
				expect(file, path).toMatch(/-subset\.[0-9a-f]{10}\.woff2$/);
				const size = readFileSync(file).byteLength;
				expect(size, `${path} ${face.weight}`).toBeLessThan(
					readFileSync(fullFontFile(face)).byteLength / 2,
				);
				if (isBengali(face)) {
					expect(size, `${path}: Bengali ${face.weight}`).toBeLessThanOrEqual(
						BENGALI_FONT_PER_WEIGHT,
					);
					if (face.weight === 700) boldSubsets++;
				}
			}
		}
		expect(boldSubsets).toBeGreaterThan(0);
	});

	it('search pages declare every face again, whole and not preloaded, under the late family', () => {
		const searchPages = listPages().filter((p) => isSearch(readPage(p)));
		expect(searchPages).toEqual(['/bn/search/', '/en/search/']);
		for (const path of listPages()) {
			const html = readPage(path);
			const late = pageFaces(html, { late: true });
			if (!isSearch(html)) {
				expect(late, path).toEqual([]);
				continue;
			}
			expect(late.map(({ face }) => `${face.family} ${face.weight} ${face.display}`).sort(), path)
				.toMatchInlineSnapshot(`
					[
					  "Noto Sans Bengali Whole 400 optional",
					  "Noto Sans Bengali Whole 400 swap",
					  "Noto Sans Bengali Whole 700 optional",
					  "Noto Sans Bengali Whole 700 swap",
					]
				`);
			const preloads = parse(html)
				.querySelectorAll('link[rel="preload"]')
				.map((l) => l.getAttribute('href'));
			for (const { face, file } of late) {
				expect(readFileSync(file), face.url).toEqual(readFileSync(fullFontFile(face)));
				expect(preloads, path).not.toContain(face.url);
			}
		}
	});

	it('shape each page’s text exactly as the full font does, every face and weight', async () => {
		let runsCompared = 0;
		const compared = new Set<string>();
		const fullShapes = new Map<string, ReturnType<Shaper['shape']>>();
		for (const path of listPages()) {
			const html = readPage(path);
			if (!html.includes('</head>')) continue;
			const text = await textOf(html);
			const faces = pageFaces(html).map((f) => f.face);
			for (const { face, file } of pageFaces(html)) {
				const subset = await shaperFor(file);
				const full = await shaperFor(fullFontFile(face));
				const covers = (cp: number): boolean => inRanges(face.ranges, cp) && full.covers(cp);
				const texts = drawnBy(face, faces, text);
				const runs = new Set(texts.flatMap((t) => faceRuns(t, covers)));
				for (const run of runs) {
					// The full font's shaping of a run is the same on every page: worked out once.
					const key = `${fullFontFile(face)}|${text.lang}|${run}`;
					let expected = fullShapes.get(key);
					if (!expected) fullShapes.set(key, (expected = full.shape(run, text.lang)));
					expect(subset.shape(run, text.lang), `${path} ${face.weight} "${run}"`).toEqual(expected);
					runsCompared++;
				}
				compared.add(`${isBengali(face) ? 'bn' : 'latin'} ${face.weight}`);
			}
		}
		expect(runsCompared).toBeGreaterThan(50);
		expect([...compared].sort()).toEqual(['bn 400', 'bn 700', 'latin 400', 'latin 700']);
	}, 300_000); // every face of every page, with the zone switcher's ~12,000 words a language

	it('count every word the zone switcher can write on a page', () => {
		let pages = 0;
		for (const path of storyPages()) {
			const html = readPage(path);
			const words = zoneSwitcherPageText(html);
			if (words.length === 0) continue;
			pages++;
			const late = zoneSwitcherLateText({ document: parse(html), lang: 'und' });
			const counted = new Set(late?.lists.flat());
			expect(
				words.filter((w) => !counted.has(w)),
				path,
			).toEqual([]);
		}
		expect(pages).toBeGreaterThan(0);
	});

	it('bold Bengali gets the bold face, cut for the page like the regular one', async () => {
		let pagesWithBoldBengali = 0;
		for (const path of listPages()) {
			const html = readPage(path);
			if (!html.includes('</head>')) continue;
			const text = await textOf(html);
			const boldBengali = [
				...text.byWeight[700],
				...(text.shared ?? []).filter((s) => s.weights.includes(700)).flatMap((s) => s.texts),
			].some((t) => /[\u0980-\u09ff]/.test(t));
			const bold = pageFaces(html).filter(({ face }) => isBengali(face) && face.weight === 700);
			expect(bold.length, path).toBe(boldBengali ? 1 : 0);
			if (boldBengali) pagesWithBoldBengali++;
		}
		expect(pagesWithBoldBengali).toBeGreaterThan(0);
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

	it('on a slow phone connection, fonts arriving move the story less than “good” layout stability allows, each fetched once', async () => {
		// Core Web Vitals call a cumulative layout shift up to 0.1 good. The page's fonts are
		// preloaded so they arrive beside its stylesheets; without that the Bengali text is laid out
		// in a fallback first and reflows when its face arrives.
		for (const path of storyPages()) {
			const page = await browser.newPage();
			const cdp = await browser.context.newCDPSession(page);
			// Lighthouse's slow 4G: 150 ms round trip, 1.6 Mbit/s down.
			await cdp.send('Network.enable');
			await cdp.send('Network.emulateNetworkConditions', {
				offline: false,
				latency: 150,
				downloadThroughput: (1.6 * 1024 * 1024) / 8,
				uploadThroughput: (750 * 1024) / 8,
			});
			server.requests.length = 0;
			// Every layout shift from the first frame on, summed as it is reported.
			await page.addInitScript(() => {
				const record = { sum: 0, observer: undefined as PerformanceObserver | undefined };
				const add = (entries: PerformanceEntryList) => {
					for (const e of entries) record.sum += (e as unknown as { value: number }).value;
				};
				record.observer = new PerformanceObserver((list) => add(list.getEntries()));
				record.observer.observe({ type: 'layout-shift' });
				Object.assign(window, {
					layoutShift: () => (add(record.observer!.takeRecords()), record.sum),
				});
			});
			await page.goto(`${server.url}${path.slice(1)}`, { waitUntil: 'load' });
			// Once the fonts are in and two frames are drawn with them, every shift they caused is
			// recorded: the observer's undelivered entries are taken with it.
			const shift = await page.evaluate(() =>
				document.fonts.ready
					.then(
						() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
					)
					.then(() => (window as unknown as { layoutShift: () => number }).layoutShift()),
			);
			expect(shift, `${path}: cumulative layout shift while loading`).toBeLessThanOrEqual(0.1);
			const fonts = server.requests.filter((r) => r.url.endsWith('.woff2')).map((r) => r.url);
			expect(fonts.length, path).toBeGreaterThan(0);
			expect(new Set(fonts).size, `${path}: a font fetched twice`).toBe(fonts.length);
			await cdp.detach();
			await page.close();
		}
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
			expect(fonts, path).toEqual(expect.arrayContaining(['Noto Sans Bengali 400']));
			if (path.startsWith('/bn/')) {
				// The bold Bengali heading: drawn with the page's bold subset, no fallback font.
				const heading = await page.evaluate(() => {
					const h1 = document.querySelector('h1')!;
					const style = getComputedStyle(h1);
					return { text: h1.textContent ?? '', weight: style.fontWeight };
				});
				expect(heading.text, path).toMatch(/[\u0980-\u09ff]/);
				expect(heading.weight, path).toBe('700');
				expect(fonts, path).toContain('Noto Sans Bengali 700');
				const cdp = await browser.context.newCDPSession(page);
				await cdp.send('DOM.enable');
				await cdp.send('CSS.enable');
				const { root } = await cdp.send('DOM.getDocument');
				const { nodeId } = await cdp.send('DOM.querySelector', {
					nodeId: root.nodeId,
					selector: 'h1',
				});
				const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
				expect(used.length, path).toBeGreaterThan(0);
				// Drawn by the page's own bold faces (the type designer's strokes, not the regular face
				// emboldened by the browser), Bengali and Latin (the spaces between words).
				const names = used.map(
					(f) => `${f.postScriptName}${f.isCustomFont ? '' : ' (not a web font)'}`,
				);
				expect(names, path).toContain('NotoSansBengali-Bold');
				expect(
					names.filter((n) => !n.startsWith('NotoSansBengali-Bold')),
					path,
				).toEqual([]);
				await cdp.detach();
			}
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
