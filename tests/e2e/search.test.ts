import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { buildSite } from '../support/buildSite';
import { serveStatic, type StaticServer } from '../support/server';
import { siteDir } from '../support/site';

/**
 * Site search in real Chromium: Pagefind's index, built by every `astro build`, searched from
 * each language's search page under the site's Content Security Policy.
 */

const STORY = 'meta-outage-2024-03-05';

/** One response the page received: its URL and the bytes of its body as they came over the wire. */
interface Received {
	url: string;
	bytes: number;
}

/**
 * Opens a page, recording console errors, CSP violations and requests to other origins, and
 * waits for the network to be idle (no request for 500 ms). `received()` gives every response
 * so far with its body's size.
 */
async function open(browser: TestBrowser, url: string) {
	const page = await browser.newPage();
	const problems: string[] = [];
	const bodies: Promise<Received>[] = [];
	page.on('requestfinished', (request) => {
		bodies.push(
			request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize })),
		);
	});
	page.on('console', (msg) => {
		// A failed load is reported below with its URL.
		if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) {
			problems.push(`console: ${msg.text()}`);
		}
	});
	page.on('response', (response) => {
		// The browser's own favicon fetch is not the page's doing.
		if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
			problems.push(`${response.status()} ${response.url()}`);
		}
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('request', (request) => {
		if (new URL(request.url()).origin !== new URL(url).origin) {
			problems.push(`request to another origin: ${request.url()}`);
		}
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`CSP blocked ${e.blockedURI} (${e.violatedDirective})`),
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	return { page, problems, received: () => Promise.all(bodies) };
}

/** Types a query the way a reader does and waits for the status line to report the result. */
async function search(page: Page, label: string, query: string) {
	await page.getByLabel(label).fill(query);
	await page.getByLabel(label).press('Enter');
	const status = page.getByRole('status');
	await status.filter({ hasText: query }).waitFor({ timeout: 15_000 });
	return {
		status: await status.textContent(),
		links: await page
			.locator('.results a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
		marked: await page.locator('.results mark').allTextContents(),
	};
}

// The site served at its root, and one browser, for the two groups below.
let server: StaticServer;
let browser: TestBrowser;
beforeAll(async () => {
	[server, browser] = await Promise.all([serveStatic(siteDir()), launchBrowser()]);
});
afterAll(async () => {
	await Promise.all([server?.close(), browser?.close()]);
});

describe('search at the site root', () => {
	it('finds the Bengali edition for ফেসবুক, with Bengali labels and digits', async () => {
		const { page, problems } = await open(browser, `${server.url}bn/search/`);
		expect(await page.locator('h1').textContent()).toBe('প্রতিবেদনে খুঁজুন');
		expect(await page.getByRole('button', { name: 'খুঁজুন' }).count()).toBe(1);
		const result = await search(page, 'কী খুঁজবেন', 'ফেসবুক');
		expect(result.links).toEqual([`/bn/${STORY}/`]);
		expect(result.status).toBe('‘ফেসবুক’ খুঁজে ১টি ফল পাওয়া গেছে');
		expect(result.marked.length).toBeGreaterThan(0);
		expect(result.marked.every((m) => m.startsWith('ফেসবুক'))).toBe(true);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('searches only its own language’s pages', async () => {
		const { page, problems } = await open(browser, `${server.url}en/search/`);
		const english = await search(page, 'Search for', 'Instagram');
		expect(english.links).toEqual([`/en/${STORY}/`]);
		const bengali = await search(page, 'Search for', 'ফেসবুক');
		expect(bengali.status).toBe('Nothing found for “ফেসবুক”.');
		expect(bengali.links).toEqual([]);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('runs the query in the address, so a search can be shared', async () => {
		const { page } = await open(browser, `${server.url}bn/search/?q=${encodeURIComponent('স্টোন')}`);
		await page.getByRole('status').filter({ hasText: 'স্টোন' }).waitFor();
		expect(await page.locator('.results a').getAttribute('href')).toBe(`/bn/${STORY}/`);
		expect(await page.getByLabel('কী খুঁজবেন').inputValue()).toBe('স্টোন');
		await page.close();
	});

	it('says that search needs JavaScript when it is off', async () => {
		const noJs = await launchBrowser({ javaScriptEnabled: false });
		try {
			const page = await noJs.newPage();
			await page.goto(`${server.url}bn/search/`);
			// innerText holds only rendered text: the <noscript> note shows only with scripts off.
			expect(await page.locator('main').innerText()).toContain(
				'খোঁজার জন্য জাভাস্ক্রিপ্ট লাগে, এই ব্রাউজারে তা বন্ধ আছে।',
			);
			expect(await page.locator('.noscript a').getAttribute('href')).toBe('/bn/');
		} finally {
			await noJs.close();
		}
	});
});

/** Bytes a search page may transfer before the reader types (issue 13). */
const BEFORE_TYPING = 40 * 1024;
/** A font file cut for the page (`…-subset.<hash>.woff2`); the whole faces have no `-subset`. */
const SUBSET_FONT = /-subset\.[0-9a-f]{10}\.woff2$/;
/** The family the whole faces are declared under, for text that arrives after load (LATE_FAMILY). */
const LATE_FAMILY = 'Noto Sans Bengali Whole';

/** The @font-face faces of a family in `document.fonts`, as `<weight> <first range> <status>`. */
function faceStates(page: Page, family: string): Promise<string[]> {
	return page.evaluate((family) => {
		return [...document.fonts]
			.filter((f) => f.family.replace(/["']/g, '') === family)
			.map((f) => {
				const script = /U\+980/i.test(f.unicodeRange) ? 'bengali' : 'latin';
				return `${script} ${f.weight} ${f.status}`;
			})
			.sort();
	}, family);
}

/** The fonts Chromium drew an element's own text with: web fonts by family, others marked. */
async function drawnWith(
	page: Page,
	selector: string,
): Promise<{ family: string; web: boolean; glyphs: number }[]> {
	const cdp = await page.context().newCDPSession(page);
	try {
		await cdp.send('DOM.enable');
		await cdp.send('CSS.enable');
		const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
		const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
		const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
		return fonts.map((f) => ({ family: f.familyName, web: f.isCustomFont, glyphs: f.glyphCount }));
	} finally {
		await cdp.detach();
	}
}

describe('fonts on the search page', () => {
	// Before typing: only the page's own subsets (no whole face, no Pagefind), 40 KB at most in
	// all. Bytes are the response bodies Chromium received (Playwright's responseBodySize: as sent,
	// encoded); Astro's preview server sends them uncompressed, so this is the stricter bound a
	// compressing host stays under. Headers are not counted.
	// After typing a Bengali word with conjuncts (ন্স্ট, গ্র): the whole faces under the late
	// family draw it, in the field, the status line and the results.
	it.each([
		{ lang: 'bn', label: 'কী খুঁজবেন', queries: ['ইনস্টাগ্রাম'], results: 1 },
		{ lang: 'en', label: 'Search for', queries: ['Instagram', 'ইনস্টাগ্রাম'], results: 0 },
	])(
		'/$lang/search/ loads no whole font before the reader types, and draws what is typed with one',
		async ({ lang, label, queries, results }) => {
			const { page, problems, received } = await open(browser, `${server.url}${lang}/search/`);
			await page.evaluate(() => document.fonts.ready.then(() => undefined));
			const before = await received();
			const fonts = before.filter((r) => r.url.endsWith('.woff2'));
			const bytes = before.reduce((n, r) => n + r.bytes, 0);
			// The figure docs/SEARCH.md quotes.
			console.log(
				`/${lang}/search/ before typing: ${bytes} B in ${before.length} responses, ` +
					`${fonts.reduce((n, r) => n + r.bytes, 0)} B of it in ${fonts.length} fonts`,
			);
			expect(fonts.length).toBeGreaterThan(0);
			expect(fonts.map((r) => r.url).filter((url) => !SUBSET_FONT.test(url))).toEqual([]);
			expect(before.filter((r) => r.url.includes('/pagefind/'))).toEqual([]);
			expect(bytes, before.map((r) => `${r.bytes} ${r.url}`).join('\n')).toBeLessThanOrEqual(
				BEFORE_TYPING,
			);
			// Declared, not fetched.
			expect(await faceStates(page, LATE_FAMILY)).toEqual([
				'bengali 400 unloaded',
				'bengali 700 unloaded',
				'latin 400 unloaded',
				'latin 700 unloaded',
			]);
			// The first screen is drawn with the page's subsets (the only faces fetched): no
			// fallback font for any of its text.
			// The page's Latin faces (spaces among them) are `font-display: optional`: on a load where
			// they come late (a busy machine) the browser keeps its own font for those characters,
			// as it may; every other character is the subsets'.
			for (const selector of ['.brand-bn', 'h1', 'label', '.row button']) {
				const used = await drawnWith(page, selector);
				const text = (await page.locator(selector).first().textContent()) ?? '';
				const latin = [...text].filter((c) => !/[\u0980-\u09FF\u200C\u200D]/.test(c)).length;
				const web = used.filter((f) => f.web);
				expect(web.length, selector).toBeGreaterThan(0);
				expect(
					web.map((f) => f.family),
					selector,
				).toEqual(web.map(() => 'Noto Sans Bengali'));
				const fallback = used.filter((f) => !f.web).reduce((n, f) => n + f.glyphs, 0);
				expect(fallback, `${selector}: ${JSON.stringify(used)}`).toBeLessThanOrEqual(latin);
			}

			for (const query of queries) {
				await search(page, label, query);
			}
			const bengali = queries.at(-1)!;
			await page.waitForFunction(
				(family) =>
					[...document.fonts].some(
						(f) =>
							f.family.replace(/["']/g, '') === family &&
							f.weight === '400' &&
							/U\+980/i.test(f.unicodeRange) &&
							f.status === 'loaded',
					),
				LATE_FAMILY,
			);
			expect(await page.locator('.results li').count()).toBe(results);
			// The Bengali query is drawn where it shows (the field, the status line, the results'
			// titles and excerpts) in the late family: the subset family is not in its stack, so the
			// web font that draws it there is the whole face.
			const shown = [
				'#search-query',
				'.status',
				...(results > 0 ? ['.results a', '.results p'] : []),
			];
			for (const selector of shown) {
				const family = await page
					.locator(selector)
					.first()
					.evaluate((el) => getComputedStyle(el).fontFamily);
				expect(family, selector).toBe(`"${LATE_FAMILY}", system-ui, sans-serif`);
			}
			for (const selector of shown.slice(1)) {
				const families = (await drawnWith(page, selector)).map((f) => f.family);
				expect(families, selector).toContain('Noto Sans Bengali');
			}
			if (results > 0) {
				// Pagefind matches a prefix (ইনস্টাগ্রামের, "Instagram's").
				expect(await page.locator('.results mark').first().textContent()).toMatch(
					new RegExp(`^${bengali}`),
				);
			}
			const after = await received();
			const whole = after
				.filter((r) => r.url.endsWith('.woff2') && !SUBSET_FONT.test(r.url))
				.map((r) => r.url.replace(/^.*\//, '').replace(/\.[0-9a-f]{10}\.woff2$/, ''));
			expect(whole).toContain('noto-sans-bengali-bengali-400-normal');
			expect(problems).toEqual([]);
			await page.close();
		},
	);
});

describe('search under a base path', () => {
	let dir: string;
	let server: StaticServer;
	let browser: TestBrowser;
	beforeAll(async () => {
		dir = await buildSite('search-base', { base: '/outages/' });
		[server, browser] = await Promise.all([
			serveStatic(dir, { base: '/outages/' }),
			launchBrowser(),
		]);
	}, 180_000);
	afterAll(async () => {
		await Promise.all([server?.close(), browser?.close()]);
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('loads Pagefind from the site itself and links results under the base path', async () => {
		const { page, problems } = await open(browser, `${server.url}en/search/`);
		const result = await search(page, 'Search for', 'WhatsApp');
		expect(result.links).toEqual([`/outages/en/${STORY}/`]);
		const pagefindRequests = server.requests.filter((r) => r.url.includes('/pagefind/'));
		expect(pagefindRequests.length).toBeGreaterThan(2);
		expect(
			pagefindRequests.filter((r) => !r.url.startsWith('/outages/pagefind/') || r.status !== 200),
		).toEqual([]);
		expect(problems).toEqual([]);
		await page.close();
	});
});
