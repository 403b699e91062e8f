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

/** Opens a page, recording console errors, CSP violations and requests to other origins. */
async function open(browser: TestBrowser, url: string) {
	const page = await browser.newPage();
	const problems: string[] = [];
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
	await page.goto(url);
	return { page, problems };
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

describe('search at the site root', () => {
	let server: StaticServer;
	let browser: TestBrowser;
	beforeAll(async () => {
		[server, browser] = await Promise.all([serveStatic(siteDir()), launchBrowser()]);
	});
	afterAll(async () => {
		await Promise.all([server?.close(), browser?.close()]);
	});

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
