import { get } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchBrowser, type TestBrowser } from '../support/browser';
import {
	checkReferences,
	dataFileReferences,
	guardContext,
	visitPage,
	type PageVisit,
} from '../support/crawl';
import { serveStatic, type StaticServer } from '../support/server';
import { ROOT } from '../support/site';

/**
 * The checks the site's browser tests rely on do catch what they claim to: a fixture site with
 * one of each defect (tests/fixtures/broken-site/), served under /outages/, must be reported
 * defect by defect. If a helper stopped seeing a kind of problem, the site tests would pass
 * for the wrong reason; this file fails instead.
 */

/** GET of `path` exactly as written (a URL string would have its dot segments resolved). */
function rawGet(origin: string, path: string): Promise<{ status: number; body: string }> {
	const { hostname, port } = new URL(origin);
	return new Promise((resolve, reject) => {
		get({ hostname, port, path }, (response) => {
			let body = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => (body += chunk));
			response.on('end', () => {
				resolve({ status: response.statusCode ?? 0, body });
			});
		}).on('error', reject);
	});
}

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'broken-site');
const PUBLISHED = 'https://somoyrekha.example/outages/';

describe('the static test server (Astro’s preview server)', () => {
	let server: StaticServer;

	beforeAll(async () => {
		server = await serveStatic(FIXTURE, { base: '/outages' });
	});

	afterAll(async () => {
		await server?.close();
	});

	it('listens on 127.0.0.1 on a port of its own and normalises the base path', () => {
		expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(server.origin).not.toMatch(/:0$/);
		expect(server.url).toBe(`${server.origin}/outages/`);
	});

	it('serves folders by their index; a page address without its trailing slash is a 404', async () => {
		const page = await fetch(`${server.url}sub/`);
		expect(page.status).toBe(200);
		expect(page.headers.get('content-type')).toMatch(/^text\/html/);
		expect(page.headers.get('cache-control')).toBe('no-store');
		expect(await page.text()).toContain('id="here"');
		// The site links every page with its slash (trailingSlash: 'always'): one without is a bug.
		expect((await fetch(`${server.url}sub`, { redirect: 'manual' })).status).toBe(404);
	});

	it('answers 404 with the site’s own 404 page, outside the base path and for escapes', async () => {
		// Sent as written: fetch and URL strings resolve dot segments before sending.
		for (const path of ['/outages/gone/', '/outages/../../../package.json']) {
			const { status, body } = await rawGet(server.origin, path);
			expect(status, path).toBe(404);
			expect(body, path).toContain('<h1>Not found</h1>');
		}
		// Encoded slashes: Astro's preview answers 500 (it cannot make a file path of them), and
		// serves nothing from outside the folder either.
		const encoded = await rawGet(server.origin, '/outages/..%2f..%2f..%2fpackage.json');
		expect(encoded.status).not.toBe(200);
		expect(encoded.body).not.toContain('"name": "somoyrekha"');
		// Outside the base path: Astro's own page saying where the site is.
		const outside = await rawGet(server.origin, '/sub/');
		expect(outside.status).toBe(404);
		expect(outside.body).toContain('/outages/');
	});

	it('sends WebAssembly as application/wasm and logs every request', async () => {
		server.requests = [];
		const response = await fetch(`${server.url}tiny.wasm`);
		expect(response.headers.get('content-type')).toBe('application/wasm');
		await response.arrayBuffer();
		// Logged when the server has finished sending, which may come just after the client read it.
		await vi.waitFor(() => {
			expect(server.requests).toEqual([{ method: 'GET', url: '/outages/tiny.wasm', status: 200 }]);
		});
	});
});

describe('the browser checks, on a page with one of each defect', () => {
	let server: StaticServer;
	let browser: TestBrowser;
	let page: Page;
	let visit: PageVisit;

	beforeAll(async () => {
		server = await serveStatic(FIXTURE, { base: '/outages/' });
		browser = await launchBrowser();
		await guardContext(browser.context, server.origin);
		page = await browser.newPage();
		visit = await visitPage(page, server.url, server.origin);
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('blocks and reports the request to another origin', () => {
		expect(visit.foreignRequests.map((r) => r.url)).toEqual(['https://example.com/tracker.png']);
		expect(visit.foreignRequests[0]!.status).toBe(0);
	});

	it('reports the request that answered 404', () => {
		expect(
			visit.requests.filter((r) => r.status === 404).map((r) => r.url.replace(server.origin, '')),
		).toEqual(['/outages/missing.png']);
	});

	it('reports the CSP violation of the inline style attribute', () => {
		expect(visit.cspViolations.join('\n')).toMatch(/style-src-attr/);
	});

	it('finds the faint text with axe-core', async () => {
		const violations = await axeViolations(page);
		expect(violations.some((v) => v.startsWith('color-contrast') && v.includes('.faint'))).toBe(
			true,
		);
	});

	it('reports each broken reference, and only those', async () => {
		const problems = await checkReferences(visit.references, server, PUBLISHED);
		const origin = server.origin;
		expect(problems.sort()).toEqual(
			[
				`a[href] ${origin}/outages/sub/#nowhere: no element with id "nowhere"`,
				`a[href] ${origin}/root-link/: answered 404`,
				`a[href] https://somoyrekha.example/elsewhere/: outside the site's base path /outages/`,
				`img[src] ${origin}/outages/missing.png: answered 404`,
				'img[src] https://example.com/tracker.png: an asset from another origin',
				'script[type=application/ld+json] https://somoyrekha.example/outages/sub/#gone-anchor: no element with id "gone-anchor"',
			].sort(),
		);
	});

	it('reports a site URL in a feed that does not resolve', async () => {
		const references = dataFileReferences(FIXTURE, PUBLISHED);
		expect(references.map((r) => r.url)).toEqual([
			'https://somoyrekha.example/outages/sub/',
			'https://somoyrekha.example/outages/gone/',
		]);
		expect(await checkReferences(references, server, PUBLISHED)).toEqual([
			'feed.xml https://somoyrekha.example/outages/gone/: answered 404',
		]);
	});
});
