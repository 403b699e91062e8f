import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { buildSite } from '../support/buildSite';
import { serveStatic, type StaticServer } from '../support/server';

/**
 * An open page of an ongoing story learns of a new entry: the site of an ongoing story
 * (tests/fixtures/stories/story-ongoing) is built and served from a folder of the test's own;
 * the page is opened in Chromium; an entry is then published into the served timeline.json and
 * page, as a deploy would, and the notice and then the entry appear. The page's interval is
 * shortened in the served copy from a minute to 300 ms.
 */

const STORY = 'meta-outage-2024-03-05';
const INTERVAL_MS = 300;
let dir: string;
let server: StaticServer;
let browser: TestBrowser;

const timelineRequests = () =>
	server.requests.filter((request) => request.url.endsWith(`/${STORY}/timeline.json`)).length;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
	dir = await buildSite('live', { stories: 'tests/fixtures/stories/story-ongoing' });
	const page = join(dir, 'bn', STORY, 'index.html');
	const html = readFileSync(page, 'utf8');
	expect(html).toContain('data-interval="60000"');
	writeFileSync(page, html.replace('data-interval="60000"', `data-interval="${INTERVAL_MS}"`));
	server = await serveStatic(dir);
	browser = await launchBrowser({ viewport: { width: 360, height: 640 } });
}, 240_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('an open page of an ongoing story', () => {
	it('shows "১টি নতুন আপডেট" once an entry is published, and the entry after a reload in place', async () => {
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
		await page.goto(`${server.url}bn/${STORY}/`);
		const notice = page.locator('[role="status"].live-notice');
		// Asks, finds nothing new, says nothing.
		await expect.poll(timelineRequests, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
		expect(await notice.textContent()).toBe('');

		// Publish: one more entry in timeline.json and on the page.
		const json = join(dir, STORY, 'timeline.json');
		const timeline = JSON.parse(readFileSync(json, 'utf8')) as { entries: { id: string }[] };
		timeline.entries.push({ ...timeline.entries[0]!, id: 'india-update' });
		writeFileSync(json, JSON.stringify(timeline));
		const file = join(dir, 'bn', STORY, 'index.html');
		const html = readFileSync(file, 'utf8');
		const entry = '<li class="entry" id="india-update"><p>নতুন খবর: লগ ইন ফিরছে।</p></li>';
		expect(html).toMatch(/<ol class="entries"[^>]*>[\s\S]*?<\/ol>/);
		expect(html).toContain('data-known="india-logout"');
		writeFileSync(
			file,
			html
				.replace(/(<ol class="entries"[^>]*>[\s\S]*?)(<\/ol>)/, `$1${entry}$2`)
				.replace('data-known="india-logout"', 'data-known="india-logout india-update"'),
		);

		await expect.poll(() => notice.textContent(), { timeout: 5_000 }).toBe('১টি নতুন আপডেট দেখুন');
		await page.evaluate(() => window.scrollTo(0, 200));
		const scrolled = await page.evaluate(() => window.scrollY);
		await notice.getByRole('button', { name: 'দেখুন' }).click();
		await page.waitForLoadState('load');
		await expect.poll(() => page.locator('#india-update').isVisible()).toBe(true);
		expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
		expect(problems).toEqual([]);

		// Resolved: no more requests.
		timeline.entries.push({ ...timeline.entries[0]!, id: 'india-restored' });
		writeFileSync(json, JSON.stringify({ ...timeline, status: 'resolved' }));
		expect(await notice.textContent()).toBe('');
		await expect.poll(() => notice.textContent(), { timeout: 5_000 }).toBe('১টি নতুন আপডেট দেখুন');
		const asked = timelineRequests();
		await sleep(INTERVAL_MS * 5);
		expect(timelineRequests()).toBe(asked);
		await page.close();
	});
});
