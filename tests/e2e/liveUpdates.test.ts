import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { buildSite } from '../support/buildSite';
import { serveStatic, type StaticServer } from '../support/server';

/**
 * An open page of an ongoing story learns of a new entry: the site of an ongoing story
 * (tests/fixtures/stories/story-ongoing, in IST) is built and served from a folder of the test's
 * own; the page is opened in Chromium; an entry is then published into the served timeline.json
 * and page, as a deploy would, and the notice and then the entry appear, the reader's place kept.
 * The page's interval is shortened in the served copy from a minute to 300 ms. Read in UTC, where
 * the zone switcher rewrites the times after the page is parsed, and in the story's own zone.
 */

const STORY = 'meta-outage-2024-03-05';
const INTERVAL_MS = 300;
let dir: string;
let server: StaticServer;
/** The served page and timeline.json as built (with the short interval), for each run to start from. */
let original: { html: string; json: string };

const pageFile = () => join(dir, 'bn', STORY, 'index.html');
const jsonFile = () => join(dir, STORY, 'timeline.json');
const timelineRequests = () =>
	server.requests.filter((request) => request.url.endsWith(`/${STORY}/timeline.json`)).length;

/** Publishes an entry, as a deploy would: into timeline.json, and on the page after the others. */
function publish(id: string, status?: 'resolved') {
	const timeline = JSON.parse(readFileSync(jsonFile(), 'utf8')) as {
		status: string;
		entries: { id: string }[];
	};
	timeline.entries.push({ ...timeline.entries[0]!, id });
	writeFileSync(jsonFile(), JSON.stringify({ ...timeline, status: status ?? timeline.status }));
	if (status) return;
	const html = readFileSync(pageFile(), 'utf8');
	const known = /data-known="([^"]*)"/.exec(html)?.[1];
	expect(html).toMatch(/<ol class="entries"[^>]*>[\s\S]*?<\/ol>/);
	expect(known).toBeTruthy();
	writeFileSync(
		pageFile(),
		html
			.replace(
				/(<ol class="entries"[^>]*>[\s\S]*?)(<\/ol>)/,
				`$1<li class="entry" id="${id}"><p>নতুন খবর: লগ ইন ফিরছে।</p></li>$2`,
			)
			.replace(`data-known="${known}"`, `data-known="${known} ${id}"`),
	);
}

/** Scrolls so that the element `selector` names stands `offset` px from the viewport's top. */
async function scrollTo(page: Page, selector: string, offset: number) {
	await page.locator(selector).first().waitFor();
	await page.evaluate(
		([selector, offset]) => {
			const top = document.querySelector(selector)!.getBoundingClientRect().top;
			window.scrollBy({ top: top - offset, behavior: 'instant' });
		},
		[selector, offset] as const,
	);
}

/**
 * What the reader sees first: the first element of the story with no element inside it that
 * reaches below the viewport's top, by its place among such elements (the same after a reload:
 * the new entry comes after them), its text and its distance from the top.
 */
const placeAtTop = (page: Page, index?: number) =>
	page.evaluate((index) => {
		const leaves = [...document.querySelectorAll('main *')].filter(
			(el) => !el.children.length && el.getBoundingClientRect().height > 0,
		);
		const i = index ?? leaves.findIndex((el) => el.getBoundingClientRect().bottom > 0);
		const leaf = leaves[i];
		return { index: i, text: leaf?.textContent?.trim(), top: leaf?.getBoundingClientRect().top };
	}, index);

/**
 * Clicks the notice's button and waits for the new page to settle: loaded, fonts drawn. The
 * responses `held` matches (URL globs) are held back until the new page is parsed and has drawn
 * a frame without them: a slow load, made by order rather than by a delay.
 */
async function reloadInPlace(page: Page, held: string[] = []) {
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	for (const pattern of held) {
		await page.route(pattern, async (route) => {
			await released;
			await route.continue();
		});
	}
	const committed = page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame());
	const loaded = page.waitForEvent('load');
	await page.locator('.live-notice').getByRole('button', { name: 'দেখুন' }).click();
	if (held.length) {
		await committed;
		await page.waitForFunction(() => document.readyState !== 'loading');
		await page.evaluate(
			() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
		);
		release();
	}
	await loaded;
	await page.unrouteAll();
	await page.evaluate(() =>
		document.fonts.ready.then(
			() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
		),
	);
}

/** Reloads in place and asserts that what the reader saw first stands where it stood (±1 px). */
async function expectPlaceKept(page: Page, held: string[] = []) {
	const before = await placeAtTop(page);
	expect(before.text).toBeTruthy();
	await reloadInPlace(page, held);
	const after = await placeAtTop(page, before.index);
	expect(after.text).toBe(before.text);
	const moved = Math.abs(after.top! - before.top!);
	expect(moved, `"${before.text}": ${before.top} px from the top, now ${after.top}`).toBeLessThan(
		1,
	);
}

beforeAll(async () => {
	dir = await buildSite('live', { stories: 'tests/fixtures/stories/story-ongoing' });
	const html = readFileSync(pageFile(), 'utf8');
	expect(html).toContain('data-interval="60000"');
	original = {
		html: html.replace('data-interval="60000"', `data-interval="${INTERVAL_MS}"`),
		json: readFileSync(jsonFile(), 'utf8'),
	};
	server = await serveStatic(dir);
}, 240_000);

afterAll(async () => {
	await server?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe.each([
	['UTC', 'a zone other than the story’s: the times are rewritten after the page is parsed'],
	['Asia/Kolkata', 'the story’s own zone: nothing is rewritten'],
])('an open page of an ongoing story, read in %s (%s)', (timezoneId) => {
	let browser: TestBrowser;
	beforeAll(async () => {
		writeFileSync(pageFile(), original.html);
		writeFileSync(jsonFile(), original.json);
		browser = await launchBrowser({ viewport: { width: 360, height: 640 }, timezoneId });
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('shows "১টি নতুন আপডেট" once an entry is published, and the entry after a reload in place, the reader’s place kept', async () => {
		const problems: string[] = [];
		const page = await browser.newPage();
		page.on('pageerror', (error) => problems.push(error.message));
		page.on('console', (msg) => {
			if (msg.type() === 'error') problems.push(msg.text());
		});
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) =>
				console.error(`CSP blocked ${e.blockedURI} (${e.violatedDirective})`),
			);
		});
		const asked = timelineRequests();
		await page.goto(`${server.url}bn/${STORY}/`);
		const notice = page.locator('[role="status"].live-notice');
		// Asks, finds nothing new, says nothing.
		await expect.poll(timelineRequests, { timeout: 10_000 }).toBeGreaterThanOrEqual(asked + 2);
		expect(await notice.textContent()).toBe('');

		publish('india-update');
		await expect.poll(() => notice.textContent(), { timeout: 5_000 }).toBe('১টি নতুন আপডেট দেখুন');
		// Reading the timeline's head, where the zone control appears once its script has run.
		await scrollTo(page, '#timeline-heading', -20);
		await expectPlaceKept(page);
		expect(await page.locator('#india-update').isVisible()).toBe(true);

		// Again on a slow load: the fonts and the zone switcher's script arrive late, so the page
		// is laid out before the times are rewritten and again when the fonts come in.
		publish('india-update-2');
		await expect.poll(() => notice.textContent(), { timeout: 5_000 }).toBe('১টি নতুন আপডেট দেখুন');
		// Reading the summary, whose start time the zone switcher rewrites.
		await scrollTo(page, '.status-summary dd time', -4);
		await expectPlaceKept(page, ['**/*.woff2', '**/_astro/ZoneSwitcher*.js']);
		expect(await page.locator('#india-update-2').isVisible()).toBe(true);
		expect(problems).toEqual([]);

		// Resolved: the last new entry is announced (that it then asks no more is
		// tests/unit/liveUpdates.test.ts's 'stops asking once the story is resolved').
		publish('india-restored', 'resolved');
		expect(await notice.textContent()).toBe('');
		await expect.poll(() => notice.textContent(), { timeout: 5_000 }).toBe('১টি নতুন আপডেট দেখুন');
		await page.close();
	});
});
