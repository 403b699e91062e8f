import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BrowserContext, ConsoleMessage, Page, Request } from 'playwright-core';
import type { StaticServer } from './server';

/** One request the browser made while showing a page. */
export interface SeenRequest {
	url: string;
	/** Playwright's resource type: document, stylesheet, font, script, image, fetch, … */
	type: string;
	/** HTTP status, or 0 if the request failed or was blocked. */
	status: number;
	/** Why the request failed (network error, or blocked for leaving the site's origin). */
	failure?: string;
}

/** A URL the page's markup refers to (a link, an asset, a canonical or hreflang URL). */
export interface Reference {
	/** The URL as the browser resolved it (absolute). */
	url: string;
	/** Where it came from, for error messages, e.g. `a[href]`, `link[rel=canonical][href]`. */
	from: string;
}

/** What happened while a real browser showed one page. */
export interface PageVisit {
	/** The URL visited. */
	url: string;
	/** HTTP status of the page itself. */
	status: number;
	/** Every request, including the page itself, in order. */
	requests: SeenRequest[];
	/** Requests that went to any origin but the site's own (they were blocked, not sent). */
	foreignRequests: SeenRequest[];
	/** Content Security Policy violations (securitypolicyviolation events and console reports). */
	cspViolations: string[];
	/** Console errors and uncaught page errors. */
	errors: string[];
	/** Every URL the page's markup refers to. */
	references: Reference[];
}

const CSP_CONSOLE =
	/Content Security Policy|Refused to (load|apply|execute|connect|compile|evaluate|frame)/i;

/**
 * Makes a browser context refuse (and record) every request to another origin than `origin`,
 * so no test ever reaches the internet, and records CSP violations from the page's own view
 * (`securitypolicyviolation` events; needs JavaScript enabled, the console catches the rest).
 * Call once per context, before the first `visitPage`.
 */
export async function guardContext(context: BrowserContext, origin: string): Promise<void> {
	await context.route(
		(url) => url.origin !== origin,
		(route) => route.abort('blockedbyclient'),
	);
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(
				`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${String(event.lineNumber)}`,
			);
		});
	});
}

/**
 * Opens `url` in `page` and records what a reader's browser did: every request and its status,
 * requests that left the site's origin, CSP violations, console and page errors, and every URL
 * the page refers to. Waits for the load event and for web fonts.
 */
export async function visitPage(page: Page, url: string, origin: string): Promise<PageVisit> {
	const requests: SeenRequest[] = [];
	const byRequest = new Map<Request, SeenRequest>();
	const cspViolations: string[] = [];
	const errors: string[] = [];
	const onRequest = (request: Request): void => {
		const seen: SeenRequest = { url: request.url(), type: request.resourceType(), status: 0 };
		requests.push(seen);
		byRequest.set(request, seen);
	};
	const onFinished = (request: Request): void => {
		void request.response().then((response) => {
			const seen = byRequest.get(request);
			if (seen && response) seen.status = response.status();
		});
	};
	const onFailed = (request: Request): void => {
		const seen = byRequest.get(request);
		if (seen) seen.failure = request.failure()?.errorText ?? 'failed';
	};
	const onConsole = (message: ConsoleMessage): void => {
		if (CSP_CONSOLE.test(message.text())) cspViolations.push(message.text());
		else if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	};
	const onPageError = (error: Error): void => {
		errors.push(`uncaught: ${error.message}`);
	};
	page.on('request', onRequest);
	page.on('requestfinished', onFinished);
	page.on('requestfailed', onFailed);
	page.on('console', onConsole);
	page.on('pageerror', onPageError);
	try {
		const response = await page.goto(url, { waitUntil: 'load' });
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		// Let responses of late requests (fonts, lazy scripts) settle before reading statuses.
		await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
		for (const [request, seen] of byRequest) {
			if (seen.status === 0 && !seen.failure) {
				const response = await request.response();
				if (response) seen.status = response.status();
			}
		}
		cspViolations.push(
			...(await page.evaluate(
				() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
			)),
		);
		const references = await page.evaluate(collectReferences);
		return {
			url,
			status: response?.status() ?? 0,
			requests,
			foreignRequests: requests.filter((r) => new URL(r.url).origin !== origin),
			cspViolations,
			errors,
			references,
		};
	} finally {
		page.off('request', onRequest);
		page.off('requestfinished', onFinished);
		page.off('requestfailed', onFailed);
		page.off('console', onConsole);
		page.off('pageerror', onPageError);
	}
}

/** Runs in the page: every URL in the markup, resolved by the browser. */
function collectReferences(): Reference[] {
	const found: Reference[] = [];
	const attrs = ['href', 'src', 'srcset', 'action', 'poster', 'cite', 'data', 'content'];
	for (const el of Array.from(document.querySelectorAll('*'))) {
		for (const attr of attrs) {
			const value = el.getAttribute(attr);
			if (value === null || value === '') continue;
			const tag = el.tagName.toLowerCase();
			if (attr === 'content') {
				// Only meta tags whose content is a URL (og:url, og:image, twitter:image, …).
				if (tag !== 'meta' || !/^https?:\/\//.test(value)) continue;
			}
			if (attr === 'data' && tag !== 'object') continue;
			const rel = el.getAttribute('rel');
			const from = `${tag}${rel ? `[rel=${rel}]` : ''}[${attr}]`;
			const urls =
				attr === 'srcset'
					? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')
					: [value];
			for (const raw of urls) {
				if (!raw) continue;
				try {
					found.push({ url: new URL(raw, document.baseURI).href, from });
				} catch {
					found.push({ url: raw, from: `${from} (not a URL)` });
				}
			}
		}
	}
	// Structured data names pages by URL too (a live blog's updates link to their anchors). An
	// "@id" is a node's name, not an anchor: only its page must exist.
	const walk = (value: unknown, key: string): void => {
		if (typeof value === 'string' && /^https?:\/\//.test(value)) {
			found.push({
				url: key === '@id' ? value.replace(/#.*$/, '') : value,
				from: 'script[type=application/ld+json]',
			});
		} else if (Array.isArray(value)) {
			for (const item of value) walk(item, key);
		} else if (value && typeof value === 'object') {
			for (const [k, v] of Object.entries(value)) walk(v, k);
		}
	};
	for (const script of Array.from(
		document.querySelectorAll('script[type="application/ld+json"]'),
	)) {
		try {
			walk(JSON.parse(script.textContent ?? ''), '');
		} catch {
			found.push({
				url: '(unparsable JSON-LD)',
				from: 'script[type=application/ld+json] (not a URL)',
			});
		}
	}
	return found;
}

/** Where a URL may point at other sites: reading links, citations and structured data, never assets. */
const MAY_LEAVE_SITE = /^((a|area|blockquote|q|del|ins)[[(]|script\[type=application\/ld\+json\])/;

/**
 * Checks references the way a link checker does. A reference to the published site's URL
 * (`siteUrl`, e.g. a canonical or hreflang link) is checked on the local server under the same
 * path; a site URL outside the base path is an error. Same-origin URLs must answer 200 without a
 * redirect, and a `#fragment` must name an element on the target page. Links to other sites are
 * allowed only from reading elements (a link, a citation), never for assets.
 * Returns one message per broken reference (empty when all resolve).
 */
export async function checkReferences(
	references: Reference[],
	server: StaticServer,
	siteUrl: string,
	cache: Map<string, Promise<{ status: number; body: string }>> = new Map(),
): Promise<string[]> {
	const problems: string[] = [];
	const site = new URL(siteUrl);
	for (const { url, from } of references) {
		if (/^(mailto|tel|data|javascript):/i.test(url)) {
			if (/^javascript:/i.test(url)) problems.push(`${from} ${url}: javascript: URL`);
			continue;
		}
		let target: URL;
		try {
			target = new URL(url);
		} catch {
			problems.push(`${from} ${url}: not a URL`);
			continue;
		}
		if (target.origin === site.origin) {
			if (!target.pathname.startsWith(site.pathname)) {
				problems.push(`${from} ${url}: outside the site's base path ${site.pathname}`);
				continue;
			}
			target = new URL(
				`${target.pathname.slice(site.pathname.length)}${target.search}${target.hash}`,
				server.url,
			);
		} else if (target.origin !== server.origin) {
			if (!MAY_LEAVE_SITE.test(from)) problems.push(`${from} ${url}: an asset from another origin`);
			continue;
		}
		const hash = decodeURIComponent(target.hash.slice(1));
		target.hash = '';
		const key = target.href;
		if (!cache.has(key)) cache.set(key, fetchOnce(key));
		const { status, body } = await cache.get(key)!;
		if (status !== 200) {
			problems.push(`${from} ${url}: answered ${String(status)}`);
			continue;
		}
		if (hash && !hasId(body, hash)) problems.push(`${from} ${url}: no element with id "${hash}"`);
	}
	return problems;
}

async function fetchOnce(url: string): Promise<{ status: number; body: string }> {
	const response = await fetch(url, { redirect: 'manual' });
	const type = response.headers.get('content-type') ?? '';
	const body = type.startsWith('text/html') ? await response.text() : '';
	if (!body) await response.body?.cancel();
	return { status: response.status, body };
}

function hasId(html: string, id: string): boolean {
	const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`\\sid=("${escaped}"|'${escaped}'|${escaped}[\\s>])`).test(html);
}

/**
 * Every absolute URL on the site's own host found in the build's non-HTML text files (feeds,
 * sitemaps, robots.txt, JSON timelines, web manifests), as references to check.
 */
export function dataFileReferences(dir: string, siteUrl: string): Reference[] {
	const origin = new URL(siteUrl).origin;
	const found: Reference[] = [];
	const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) =>
		/\.(xml|xsl|json|txt|webmanifest)$/.test(f),
	);
	for (const file of files) {
		const text = readFileSync(join(dir, file), 'utf8');
		const name = relative(dir, join(dir, file)).split(sep).join('/');
		for (const match of text.matchAll(/https?:\/\/[^\s"'<>\\)]+/g)) {
			const url = match[0].replace(/&amp;/g, '&').replace(/[.,;]+$/, '');
			if (url.startsWith(origin)) found.push({ url, from: name });
		}
	}
	return found;
}
