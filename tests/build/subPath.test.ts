import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { buildSite } from '../support/buildSite';
import {
	checkReferences,
	dataFileReferences,
	guardContext,
	visitPage,
	type PageVisit,
} from '../support/crawl';
import { serveStatic, type StaticServer } from '../support/server';
import { listPages, readPage } from '../support/site';

/**
 * The site built for a sub-path, as GitHub Pages publishes a project site
 * (`https://<owner>.github.io/<repo>/`), served only under that path: every page, asset, link,
 * canonical and hreflang URL, feed and sitemap entry still resolves, and nothing escapes to the
 * host's root.
 */

const SITE = 'https://newsroom.github.io';
const BASE = '/outages/';
const PUBLISHED = `${SITE}${BASE}`;

describe(`the site built for ${PUBLISHED}`, () => {
	let dir: string;
	let server: StaticServer;
	let browser: TestBrowser;
	let page: Page;
	let pages: string[];
	const visits = new Map<string, PageVisit>();

	beforeAll(async () => {
		dir = await buildSite('site-subpath', { site: SITE, base: BASE });
		pages = listPages(dir);
		server = await serveStatic(dir, { base: BASE });
		browser = await launchBrowser();
		await guardContext(browser.context, server.origin);
		page = await browser.newPage();
		for (const path of pages) {
			visits.set(
				path,
				await visitPage(page, new URL(path.slice(1), server.url).href, server.origin),
			);
		}
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('builds the same pages, with canonical URLs under the base path', () => {
		expect(pages).toEqual(expect.arrayContaining(['/', '/bn/', '/en/']));
		expect(readPage('/bn/', dir)).toContain(`<link rel="canonical" href="${PUBLISHED}bn/"`);
	});

	it('is served only under the base path (so a link that forgets it fails)', async () => {
		expect((await fetch(`${server.origin}/bn/`)).status).toBe(404);
		expect((await fetch(`${server.url}bn/`)).status).toBe(200);
	});

	it('every page loads, and every request it makes answers 200 from the site itself', () => {
		const problems = [...visits].flatMap(([path, visit]) => [
			...(visit.status === 200 ? [] : [`${path}: answered ${String(visit.status)}`]),
			...visit.requests
				.filter((r) => r.status !== 200)
				.map((r) => `${path}: ${r.type} ${r.url}: ${r.failure ?? String(r.status)}`),
			...visit.cspViolations.map((v) => `${path}: CSP: ${v}`),
			...visit.errors.map((e) => `${path}: ${e}`),
		]);
		expect(problems).toEqual([]);
	});

	it('every link, asset, canonical and hreflang URL on every page resolves', async () => {
		const cache = new Map<string, Promise<{ status: number; body: string }>>();
		const problems: string[] = [];
		for (const [path, visit] of visits) {
			const found = await checkReferences(visit.references, server, PUBLISHED, cache);
			problems.push(...found.map((p) => `${path}: ${p}`));
		}
		expect(problems).toEqual([]);
	});

	it('every site URL in feeds, sitemaps and data files resolves', async () => {
		const references = dataFileReferences(dir, PUBLISHED);
		const problems = await checkReferences(references, server, PUBLISHED);
		expect(problems).toEqual([]);
	});

	it('answers a missing page with the site’s 404 page, styled and linked correctly', async () => {
		expect(pages).toContain('/404.html');
		const visit = await visitPage(page, `${server.url}no-such-story/`, server.origin);
		expect(visit.status).toBe(404);
		const failed = visit.requests
			.slice(1)
			.filter((r) => r.status !== 200)
			.map((r) => `${r.type} ${r.url}: ${r.failure ?? String(r.status)}`);
		expect(failed).toEqual([]);
		expect(await checkReferences(visit.references, server, PUBLISHED)).toEqual([]);
	});
});
