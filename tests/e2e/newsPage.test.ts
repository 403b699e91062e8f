import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/server';
import { siteDir } from '../support/site';

/**
 * The story page as a reader on a phone judges it, in real Chromium: the site's name on every
 * page, the first screen (headline, dateline, status and span, a way to the timeline), the
 * timeline straight under its heading, Bengali type size, targets a thumb can hit, no sideways
 * scrolling in any zone, and every time (the quoted post's too) in the zone the reader's device is in.
 */

const STORY = 'meta-outage-2024-03-05';
let server: StaticServer;

beforeAll(async () => {
	server = await serveStatic(siteDir());
});
afterAll(async () => {
	await server.close();
});

/** Top of an element in page coordinates. */
const top = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

/** How far the page scrolls sideways (0 when it fits the viewport). */
const overflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('on a 360 × 800 phone in India', () => {
	let browser: TestBrowser;
	let page: Page;

	beforeAll(async () => {
		browser = await launchBrowser({
			viewport: { width: 360, height: 800 },
			timezoneId: 'Asia/Kolkata',
		});
		page = await browser.newPage();
	});
	afterAll(async () => {
		await browser.close();
	});

	it('shows the site’s name in both languages on every kind of page', async () => {
		const pages = ['', 'bn/', 'en/', `bn/${STORY}/`, `en/${STORY}/`, 'bn/search/', 'no-such-page/'];
		for (const path of pages) {
			await page.goto(`${server.url}${path}`);
			const brand = page.locator('header.masthead .brand');
			await expect(brand.isVisible(), path).resolves.toBe(true);
			await expect(brand.textContent(), path).resolves.toMatch(/সময়রেখা\s*Somoyrekha/);
		}
	});

	it('answers what, whether it is over, since when and for how long in the first screen', async () => {
		for (const lang of ['bn', 'en'] as const) {
			await page.goto(`${server.url}${lang}/${STORY}/`);
			for (const selector of [
				'h1',
				'.standfirst',
				'.dateline time',
				'.status-summary .badge',
				'.span-group.headline dd time',
				'a.jump[href="#timeline"]',
			]) {
				const box = await page.locator(selector).last().boundingBox();
				expect(box, `${lang}: ${selector}`).not.toBeNull();
				expect(
					box!.y + box!.height,
					`${lang}: ${selector} ends within the first screen`,
				).toBeLessThanOrEqual(800);
			}
		}
		// The dateline in Bengali: Bengali digits and month name, marked up as a date.
		await page.goto(`${server.url}bn/${STORY}/`);
		await expect(page.locator('.dateline').textContent()).resolves.toContain('ঘটনা: ৫ মার্চ ২০২৪');
		await expect(page.locator('.dateline time').getAttribute('datetime')).resolves.toBe(
			'2024-03-05',
		);
	});

	it('puts the first entry within 300 px of the timeline’s heading, with or without a script', async () => {
		await page.goto(`${server.url}bn/${STORY}/`);
		await expect(page.locator('.zone-switcher select').isVisible()).resolves.toBe(true);
		const gap = (await top(page, 'ol.entries > li')) - (await top(page, '#timeline-heading'));
		expect(gap).toBeGreaterThan(0);
		expect(gap).toBeLessThanOrEqual(300);

		const noScript = await launchBrowser({
			javaScriptEnabled: false,
			viewport: { width: 360, height: 800 },
		});
		const plain = await noScript.newPage();
		await plain.goto(`${server.url}bn/${STORY}/`);
		await expect(plain.locator('.zone-static').textContent()).resolves.toBe(
			'সময়: ভারতীয় সময়, সঙ্গে UTC',
		);
		const plainGap =
			(await top(plain, 'ol.entries > li')) - (await top(plain, '#timeline-heading'));
		expect(plainGap).toBeLessThanOrEqual(300);
		await noScript.close();
	});

	it('sets Bengali body text at 17 px or more, with a line height of 1.6 to 1.8', async () => {
		await page.goto(`${server.url}bn/${STORY}/`);
		for (const selector of ['.story > p:not(.standfirst, .dateline)', '.entry .text']) {
			const { size, lineHeight } = await page
				.locator(selector)
				.first()
				.evaluate((el) => {
					const style = getComputedStyle(el);
					return { size: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) };
				});
			expect(size, selector).toBeGreaterThanOrEqual(17);
			expect(lineHeight / size, selector).toBeGreaterThanOrEqual(1.6);
			expect(lineHeight / size, selector).toBeLessThanOrEqual(1.8);
		}
	});

	it('makes every control at least 24 × 24 px (links inside running text aside)', async () => {
		for (const path of [`bn/${STORY}/`, `en/${STORY}/`, 'bn/', 'bn/search/', '']) {
			await page.goto(`${server.url}${path}`);
			const small = await page
				.locator(
					'.masthead a, a.jump, select, button, input:not([type=hidden]), .when a, .site-footer a, .follow a, summary, .choices a',
				)
				.evaluateAll((els) =>
					els
						.filter((el) => (el as HTMLElement).offsetParent !== null)
						.map((el) => {
							const box = el.getBoundingClientRect();
							return { what: el.outerHTML.slice(0, 60), w: box.width, h: box.height };
						})
						.filter((t) => t.w < 24 || t.h < 24),
				);
			expect(small, path).toEqual([]);
		}
	});

	it('labels each entry’s state in words and in the marker’s colour', async () => {
		await page.goto(`${server.url}en/${STORY}/`);
		const states = await page.locator('ol.entries > li').evaluateAll((lis) =>
			lis.map((li) => ({
				label: li.querySelector('.state')?.textContent?.split('·')[0]?.trim(),
				marker: getComputedStyle(li, '::before').backgroundColor,
			})),
		);
		const begins = states.find((s) => s.label === 'Outage begins');
		const restored = states.find((s) => s.label === 'Service restored');
		expect(begins?.marker).toBeDefined();
		expect(begins?.marker).not.toBe(restored?.marker);
		// The same state has the same colour wherever it appears.
		for (const s of states) {
			expect(s.marker, s.label).toBe(states.find((o) => o.label === s.label)?.marker);
		}
	});
});

describe('a reader in New York on narrow phones', () => {
	let browser: TestBrowser;

	beforeAll(async () => {
		browser = await launchBrowser({ timezoneId: 'America/New_York' });
	});
	afterAll(async () => {
		await browser.close();
	});

	it('never scrolls sideways at 320 or 360 px, in any zone the control offers', async () => {
		const page = await browser.newPage();
		for (const width of [320, 360]) {
			await page.setViewportSize({ width, height: 800 });
			for (const lang of ['bn', 'en'] as const) {
				await page.goto(`${server.url}${lang}/${STORY}/`);
				const select = page.locator('.zone-switcher select');
				const values = await select.evaluate((s) =>
					[...(s as HTMLSelectElement).options].map((o) => o.value),
				);
				expect(values, `${lang} at ${width}`).toContain('local');
				for (const value of values) {
					await select.selectOption(value);
					expect(await overflow(page), `${lang} at ${width} px in ${value}`).toBe(0);
				}
			}
		}
		await page.evaluate(() => localStorage.clear());
		await page.close();
	});
});

describe('a reader in Dhaka', () => {
	let browser: TestBrowser;

	beforeAll(async () => {
		browser = await launchBrowser({ timezoneId: 'Asia/Dhaka' });
	});
	afterAll(async () => {
		await browser.close();
	});

	it('starts in Bangladesh time, named so, with no choice stored', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}bn/${STORY}/`);
		const select = page.getByLabel('সময় দেখান', { exact: true });
		await expect(
			select.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.text.trim()),
		).resolves.toBe('বাংলাদেশ সময়');
		// Bangladesh time is already an option: the device's own zone is not offered twice.
		await expect(select.locator('option').allTextContents()).resolves.toEqual([
			'ভারতীয় সময়',
			'বাংলাদেশ সময়',
			'UTC',
		]);
		await expect(page.locator('#stone-first-statement .when time').textContent()).resolves.toBe(
			'রাত ৯টা ৫২ মিনিট',
		);
		await expect(page.evaluate(() => localStorage.getItem('somoyrekha:zone'))).resolves.toBeNull();
		await page.close();
	});

	it('moves the quoted post’s time with every other time', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}en/${STORY}/`);
		const caption = page.locator('figure.post-quote figcaption time');
		await expect(caption.textContent()).resolves.toBe('5 March 2024, 11:19 p.m. Bangladesh time');
		await page.getByLabel('Show times in', { exact: true }).selectOption({ label: 'UTC' });
		await expect(caption.textContent()).resolves.toBe('5 March 2024, 17:19 UTC');
		await expect(page.locator('#stone-resolved .when time').textContent()).resolves.toBe('17:19');
		await page.evaluate(() => localStorage.clear());
		await page.close();
	});
});
