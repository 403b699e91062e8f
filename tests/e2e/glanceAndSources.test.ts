import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/server';
import { siteDir } from '../support/site';

/**
 * The Meta story on a 360×740 phone: the at-a-glance box is a glance (within one screen, the
 * report's own span first, the rest behind a disclosure), and its sources are named by their
 * publishers, linked where the story gives a URL, and underlined (axe link-in-text-block).
 */

const STORY = 'meta-outage-2024-03-05';
let server: StaticServer;
let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
	server = await serveStatic(siteDir());
	browser = await launchBrowser({
		viewport: { width: 360, height: 740 },
		timezoneId: 'Asia/Dhaka',
	});
	page = await browser.newPage();
}, 60_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe.each(['bn', 'en'] as const)('the Meta story in %s on a 360×740 phone', (lang) => {
	beforeAll(async () => {
		await page.goto(`${server.url}${lang}/${STORY}/`);
	});

	it('has an at-a-glance box within one screen, the report’s span first and the rest folded', async () => {
		const box = await page.locator('.status-summary').boundingBox();
		// It was 1,117 px (bn) and 1,316 px (en) tall before the wider span and services were folded.
		expect(box!.height).toBeLessThanOrEqual(740);
		const first = await page.locator('.status-summary h3').first().textContent();
		expect(first).toBe(lang === 'bn' ? 'ভারতে' : 'In India');
		await expect.poll(() => page.locator('.status-summary .services').isVisible()).toBe(false);
		await page.locator('.glance-more > summary').click();
		expect(await page.locator('.status-summary .services').isVisible()).toBe(true);
		await page.locator('.glance-more > summary').click();
	});

	it('reaches the timeline’s first entry within three screens', async () => {
		// 3,819 px (5.2 screens) down before the box was a glance and the timeline followed the lede.
		const top = await page
			.locator('.timeline li.entry')
			.first()
			.evaluate((li) => li.getBoundingClientRect().top + window.scrollY);
		expect(top).toBeLessThanOrEqual(3 * 740);
	});

	it('names each source by its publisher, links it where the story gives a URL, underlined', async () => {
		const links = page.locator('.timeline .sources a');
		const names = await links.allTextContents();
		expect(names).toEqual(
			expect.arrayContaining(
				lang === 'bn'
					? ['উইকিপিডিয়া', 'টপিকস বক্স', 'কয়েনটেলিগ্রাফ', 'আউটলুক ইন্ডিয়া']
					: ['Wikipedia', 'Topics Box', 'Cointelegraph', 'Outlook India'],
			),
		);
		const decorations = await links.evaluateAll((as) =>
			as.map((a) => getComputedStyle(a).textDecorationLine),
		);
		expect(new Set(decorations)).toEqual(new Set(['underline']));
		const violations = await axeViolations(page);
		expect(violations.filter((v) => v.startsWith('link-in-text-block'))).toEqual([]);
	});

	it('has a footer that invents no publisher or contact when none is set, and links the feed', async () => {
		// The shared build sets no NEWSROOM_* setting (README).
		const footer = page.locator('footer.site-footer');
		expect(await footer.locator('p').count()).toBe(1);
		expect(await footer.locator('a[href^="mailto:"]').count()).toBe(0);
		expect(await footer.textContent()).not.toMatch(/static|tracker|স্ট্যাটিক|ট্র্যাকার/i);
		expect(await footer.locator('a[type="application/rss+xml"]').getAttribute('href')).toBe(
			`/${lang}/rss.xml`,
		);
	});
});
