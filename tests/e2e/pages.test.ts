import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchBrowser, type TestBrowser } from '../support/browser';
import {
	checkReferences,
	dataFileReferences,
	guardContext,
	visitPage,
	type PageVisit,
} from '../support/crawl';
import { serveStatic, type ServedRequest, type StaticServer } from '../support/server';
import { listPages, readPage, siteDir } from '../support/site';

/**
 * Every built page in real Chromium (JavaScript on, as most readers have it): nothing is fetched
 * from another origin, every request and every link answers 200, the Content Security Policy is
 * strict and never violated, and axe-core finds no WCAG 2.2 A/AA violation in light or dark mode
 * or on a phone-sized screen.
 */

/** The published site URL with its base path, read from the Bengali home page's canonical link. */
function publishedSiteUrl(): string {
	const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readPage('/bn/'))?.[1];
	if (!canonical?.endsWith('/bn/'))
		throw new Error(`/bn/ has no canonical URL ending in /bn/: ${String(canonical)}`);
	return canonical.slice(0, -'bn/'.length);
}

const pages = listPages();

describe('every built page in Chromium', () => {
	let server: StaticServer;
	let browser: TestBrowser;
	const visits = new Map<string, PageVisit>();
	/** What the server answered while each page was shown (includes the browser's own favicon fetch). */
	const served = new Map<string, ServedRequest[]>();
	const axe = new Map<string, { light: string[]; dark: string[]; phone: string[] }>();
	const csp = new Map<string, string | null>();
	/** Each URL is fetched once for all pages' link checks. */
	const fetched = new Map<string, Promise<{ status: number; body: string }>>();

	beforeAll(async () => {
		server = await serveStatic(siteDir());
		browser = await launchBrowser();
		await guardContext(browser.context, server.origin);
		const page = await browser.newPage();
		for (const path of pages) {
			await page.emulateMedia({ colorScheme: 'light' });
			// Everything the server answers from here to the next page counts for this page
			// (the browser fetches its favicon late, after the load event).
			server.requests = [];
			served.set(path, server.requests);
			const visit = await visitPage(page, new URL(path.slice(1), server.url).href, server.origin);
			visits.set(path, visit);
			csp.set(
				path,
				await page
					.locator('meta[http-equiv="content-security-policy" i]')
					.first()
					.getAttribute('content', { timeout: 1_000 })
					.catch(() => null),
			);
			const light = await axeViolations(page);
			await page.emulateMedia({ colorScheme: 'dark' });
			const dark = await axeViolations(page);
			// A phone-sized screen: target sizes and wrapping change with the layout.
			await page.setViewportSize({ width: 360, height: 740 });
			await page.emulateMedia({ colorScheme: 'light' });
			const phone = await axeViolations(page);
			await page.setViewportSize({ width: 1280, height: 900 });
			axe.set(path, { light, dark, phone });
		}
		await page.close();
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('finds the pages the site must have', () => {
		expect(pages).toEqual(expect.arrayContaining(['/', '/bn/', '/en/']));
		expect(pages.filter((p) => /^\/(bn|en)\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(2);
	});

	describe.each(pages)('%s', (path) => {
		it('loads with status 200 and fetches nothing from another origin', () => {
			const visit = visits.get(path)!;
			expect(visit.status, `${path} itself`).toBe(200);
			expect(
				visit.foreignRequests.map((r) => `${r.type} ${r.url}`),
				'requests to other origins (blocked by the test)',
			).toEqual([]);
		});

		it('gets 200 for every request it makes', () => {
			const failed = visits
				.get(path)!
				.requests.filter((r) => r.status !== 200)
				.map((r) => `${r.type} ${r.url}: ${r.failure ?? String(r.status)}`);
			expect(failed).toEqual([]);
			const notOk = served
				.get(path)!
				.filter((r) => r.status !== 200)
				.map((r) => `${r.url}: ${String(r.status)}`);
			expect(notOk, 'requests the server did not answer with 200').toEqual([]);
		});

		it('has no console error or uncaught exception', () => {
			expect(visits.get(path)!.errors).toEqual([]);
		});

		it('carries a strict Content Security Policy and never violates it', () => {
			const policy = csp.get(path);
			expect(policy, 'no <meta http-equiv="content-security-policy">').toBeTruthy();
			const directives = new Map(
				policy!
					.split(';')
					.map((d) => d.trim().split(/\s+/))
					.filter((d) => d[0])
					.map(([name, ...values]) => [name!, values]),
			);
			expect(directives.get('default-src')).toEqual(["'none'"]);
			for (const name of ['script-src', 'style-src']) {
				const values = directives.get(name) ?? [];
				expect(values, name).toContain("'self'");
				expect(values, `${name} must not allow inline code`).not.toContain("'unsafe-inline'");
				expect(values, `${name} must not allow eval`).not.toContain("'unsafe-eval'");
				expect(
					values.filter(
						(v) => !/^'(self|wasm-unsafe-eval|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/.test(v),
					),
					`${name} allows only the site itself and hashed inline code`,
				).toEqual([]);
			}
			expect(visits.get(path)!.cspViolations).toEqual([]);
		});

		it('has no WCAG 2.2 A/AA violation (axe-core) in light or dark mode, or on a phone', () => {
			expect(axe.get(path)!.light, 'light mode').toEqual([]);
			expect(axe.get(path)!.dark, 'dark mode').toEqual([]);
			expect(axe.get(path)!.phone, 'phone-sized screen').toEqual([]);
		});

		it('declares its icon, so no browser asks the host root for /favicon.ico', () => {
			// Under a sub-path the host's /favicon.ico is not the site's; the link resolves in the
			// reference check below.
			expect(visits.get(path)!.references.map((r) => r.from)).toContain('link[rel=icon][href]');
		});

		it('links only to pages, anchors and assets that exist', async () => {
			const problems = await checkReferences(
				visits.get(path)!.references,
				server,
				publishedSiteUrl(),
				fetched,
			);
			expect(problems).toEqual([]);
		});
	});

	it('every site URL in feeds, sitemaps and data files resolves', async () => {
		const problems = await checkReferences(
			dataFileReferences(siteDir(), publishedSiteUrl()),
			server,
			publishedSiteUrl(),
			fetched,
		);
		expect(problems).toEqual([]);
	});

	it('answers a missing address with the site’s 404 page, whose assets and links work', async () => {
		expect(pages).toContain('/404.html');
		const page = await browser.newPage();
		try {
			const visit = await visitPage(page, `${server.url}bn/no-such-story/`, server.origin);
			expect(visit.status).toBe(404);
			expect(
				visit.requests.slice(1).filter((r) => r.status !== 200),
				'requests of the 404 page',
			).toEqual([]);
			expect(visit.cspViolations).toEqual([]);
			expect(await checkReferences(visit.references, server, publishedSiteUrl(), fetched)).toEqual(
				[],
			);
		} finally {
			await page.close();
		}
	});
});
