import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	analyzePage,
	CEILINGS,
	overBudget,
	pagesIn,
	staticImports,
	TARGETS,
	transferred,
} from '../../scripts/lib/budget';

const dir = mkdtempSync(join(tmpdir(), 'somoyrekha-budget-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, content: string | Uint8Array): void {
	mkdirSync(join(dir, path, '..'), { recursive: true });
	writeFileSync(join(dir, path), content);
}

const story = 'ফেসবুক ও ইনস্টাগ্রামে বিভ্রাট শুরু হয়। '.repeat(60);
const page = (head: string, body = `<p>${story}</p>`): string =>
	`<!doctype html><html lang="bn"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

write(
	'_astro/fonts.css',
	"@font-face{font-family:'X';font-weight:400;src:url('/_astro/bn.woff2') format('woff2');unicode-range:U+0980-09FF}" +
		"@font-face{font-family:'X';font-weight:400;src:url('/_astro/cyr.woff2') format('woff2');unicode-range:U+0400-04FF}",
);
write('_astro/bn.woff2', randomBytes(20_000));
write('_astro/cyr.woff2', randomBytes(5_000));
write('_astro/small.js', 'import "./dep.js"; document.body.dataset.x = "1";');
write('_astro/dep.js', 'export const y = 2;');
write('_astro/big.js', randomBytes(4_000).toString('base64'));
write(
	'ok/index.html',
	page(
		'<link rel="stylesheet" href="/_astro/fonts.css"><script type="module" src="/_astro/small.js"></script>',
	),
);
write(
	'story/index.html',
	page(
		'<link rel="stylesheet" href="/_astro/fonts.css">',
		`<article class="story"><p>${story}</p></article>`,
	),
);
write('blocking/index.html', page('<script src="/_astro/small.js"></script>'));
write('bigscript/index.html', page('<script type="module" src="/_astro/big.js"></script>'));
write(
	'search/index.html',
	page(
		'<script type="module" src="/_astro/big.js"></script>',
		'<p data-bundle="/pagefind/">খুঁজুন</p>',
	),
);

// The search page's font sheet: its own text's face, and the whole face under the late family
// (LATE_FAMILY: 'X' → 'X Whole'), which the page fetches only once the reader types.
write(
	'_astro/search-fonts.css',
	"@font-face{font-family:'X';font-weight:400;src:url('/_astro/bn.woff2') format('woff2');unicode-range:U+0980-09FF}" +
		"@font-face{font-family:'X Whole';font-weight:400;src:url('/_astro/whole.woff2') format('woff2');unicode-range:U+0980-09FF}",
);
write('_astro/whole.woff2', randomBytes(45_000));
write(
	'search-fonts/index.html',
	page(
		'<link rel="stylesheet" href="/_astro/search-fonts.css">',
		'<p data-bundle="/pagefind/">খুঁজুন</p>',
	),
);

describe('first-visit bytes', () => {
	it('counts linked CSS, scripts with their imports, and only the fonts the text uses', () => {
		const report = analyzePage(dir, '/', '/ok/');
		expect(report.transfers.map((t) => `${t.kind} ${t.url}`)).toEqual([
			'html /ok/',
			'css /_astro/fonts.css',
			'fonts /_astro/bn.woff2',
			'js /_astro/small.js',
			'js /_astro/dep.js',
		]);
		expect(report.bengaliFontBytes).toBe(20_000);
		const fonts = report.byKind.fonts;
		expect(fonts.raw).toBe(20_000);
		expect(fonts.brotli).toBeGreaterThan(19_000); // random bytes do not compress
		expect(report.scripts).toHaveLength(1);
		expect(report.scripts[0]!.optional).toBe(true);
	});

	it('flags blocking scripts, big enhancement scripts and Bengali font over the limit', () => {
		expect(overBudget(analyzePage(dir, '/', '/ok/'), CEILINGS)).toEqual([]);
		expect(overBudget(analyzePage(dir, '/', '/ok/'), TARGETS)).toEqual([]);
		expect(
			overBudget(analyzePage(dir, '/', '/ok/'), { ...TARGETS, bengaliFont: 15 * 1024 }),
		).toEqual(['loads 20000 B of Bengali font, over 15360 B']);
		expect(overBudget(analyzePage(dir, '/', '/blocking/'))).toEqual([
			expect.stringContaining('may block reading'),
		]);
		expect(overBudget(analyzePage(dir, '/', '/bigscript/'))).toEqual([
			expect.stringMatching(/is \d+ B brotli with its imports, over the 3072 B/),
		]);
	});

	it('adds up a first visit: HTML, CSS, JS brotli and fonts as they are, held to 45 KB', () => {
		const report = analyzePage(dir, '/', '/ok/');
		const { html, css, js, fonts } = report.byKind;
		expect(transferred(report)).toBe(html.brotli + css.brotli + js.brotli + fonts.raw);
		expect(TARGETS.firstLoad).toBe(45 * 1024);
		expect(overBudget(report, { ...CEILINGS, firstLoad: transferred(report) - 1 })).toEqual([
			`a first visit transfers ${transferred(report)} B, over ${transferred(report) - 1} B`,
		]);
	});

	it('lets the search page (Pagefind) need JavaScript', () => {
		const report = analyzePage(dir, '/', '/search/');
		expect(report.search).toBe(true);
		expect(overBudget(report).filter((p) => p.includes('script'))).toEqual([]);
	});

	it('counts what the search page fetches before the reader types, held to 40 KB', () => {
		const report = analyzePage(dir, '/', '/search-fonts/');
		// The whole face under the late family is drawn only for results and the typed query.
		expect(report.transfers.filter((t) => t.kind === 'fonts').map((t) => t.url)).toEqual([
			'/_astro/bn.woff2',
		]);
		expect(report.bengaliFontBytes).toBe(20_000);
		expect(overBudget(report)).toEqual([]);
		expect(CEILINGS.searchFirstLoad).toBe(40 * 1024);
		expect(overBudget(report, { ...CEILINGS, searchFirstLoad: transferred(report) - 1 })).toEqual([
			`a first visit transfers ${transferred(report)} B before the reader types, over ${transferred(report) - 1} B`,
		]);
	});

	it('holds markup to a frame and a multiple of the text, by kind of page', () => {
		const report = analyzePage(dir, '/', '/ok/');
		const markup = report.byKind.html.brotli + report.byKind.css.brotli;
		expect(report.story).toBe(false);
		const within = { ...CEILINGS, frame: { story: 0, navigation: markup }, markupPerText: 0 };
		expect(overBudget(report, within)).toEqual([]);
		const over = { ...within, frame: { story: 1e9, navigation: markup - 1 } };
		expect(overBudget(report, over)).toEqual([
			`HTML+CSS is ${markup} B brotli, over the ${markup - 1} B allowed (navigation page: ${markup - 1} B and 0 × its text, ${report.textBrotli} B brotli)`,
		]);
		// The text earns its share: the same frame with 2 × the text lets the page through.
		expect(overBudget(report, { ...over, markupPerText: 2 })).toEqual([]);
		// A story page is held to the story frame.
		const storyPage = analyzePage(dir, '/', '/story/');
		const storyMarkup = storyPage.byKind.html.brotli + storyPage.byKind.css.brotli;
		expect(storyPage.story).toBe(true);
		const storyFrame = { ...CEILINGS, markupPerText: 0 };
		expect(
			overBudget(storyPage, { ...storyFrame, frame: { story: storyMarkup, navigation: 0 } }),
		).toEqual([]);
		expect(
			overBudget(storyPage, { ...storyFrame, frame: { story: storyMarkup - 1, navigation: 1e9 } }),
		).toEqual([expect.stringContaining('(story page:')]);
	});

	it('lists pages and reads static imports', () => {
		expect(pagesIn(['index.html', 'bn/index.html', '404.html', 'a.css'], '/outages/')).toEqual([
			'/outages/',
			'/outages/404.html',
			'/outages/bn/',
		]);
		expect(
			staticImports(
				'import{a as b}from"./c.js";import "./d.js";export*from"./e.js";import("./lazy.js")',
			),
		).toEqual(['./c.js', './d.js', './e.js']);
	});
});
