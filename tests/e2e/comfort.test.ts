import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/server';
import { ROOT, siteDir } from '../support/site';

/**
 * Comfort in real Chromium: light and dark themes follow the system setting with readable
 * contrast, the print stylesheet prints the article and timeline without the page's controls and
 * with source addresses, and reduced motion turns smooth scrolling and highlights off.
 */

const STORY = 'meta-outage-2024-03-05';
const PRINTS = join(ROOT, 'test-results', 'print');
let server: StaticServer;
let browser: TestBrowser;

beforeAll(async () => {
	server = await serveStatic(siteDir());
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser.close();
	await server.close();
});

/** WCAG contrast ratio of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
	const luminance = (rgb: string) => {
		const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
			const v = Number(c) / 255;
			return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
		}) as [number, number, number];
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** The theme's colours as the browser draws them on the story page. */
const colours = (page: Page): Promise<Record<string, string>> =>
	page.evaluate(() => {
		const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
		// A service status this story lacks is drawn on a probe in the list of services.
		const status = (name: string) => {
			const li = document.createElement('li');
			li.className = `service status-${name}`;
			document.querySelector('.services')!.append(li);
			const colour = getComputedStyle(li).borderInlineStartColor;
			li.remove();
			return colour;
		};
		return {
			'--text': style('body').color,
			'--bg': style('body').backgroundColor,
			'--muted': style('.sources').color,
			'--surface': style('.status-summary').backgroundColor,
			'--link': style('.post-quote a').color,
			'--accent': style('.key-mark').color,
			'--status-down': status('down'),
			'--status-degraded': status('degraded'),
			'--status-working': status('working'),
		};
	});

describe('themes', () => {
	for (const scheme of ['light', 'dark'] as const) {
		it(`follows a ${scheme} system setting, with text readable on both page and panels`, async () => {
			const page = await browser.newPage();
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(`${server.url}bn/${STORY}/`);
			const c = await colours(page);
			const body = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			expect(body).toBe(scheme === 'dark' ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)');
			for (const fg of ['--text', '--muted', '--link', '--accent']) {
				for (const bg of ['--bg', '--surface']) {
					expect(contrast(c[fg]!, c[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
				}
			}
			// The status bars are graphics beside a text label: 3:1 is the bar's requirement.
			for (const fg of ['--status-down', '--status-degraded', '--status-working']) {
				expect(contrast(c[fg]!, c['--surface']!), fg).toBeGreaterThanOrEqual(3);
			}
			await page.close();
		});
	}
});

describe('print', () => {
	it('prints the article and the whole timeline, without controls, with source addresses', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}en/${STORY}/`);
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
		const shown = (selector: string) => page.locator(selector).first().isVisible();
		await expect(shown('h1')).resolves.toBe(true);
		await expect(shown('.status-summary')).resolves.toBe(true);
		await expect(
			page
				.locator('ol.entries > li .text')
				.evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length),
		).resolves.toBe(7);
		// On paper: the site's name, the story's address and its dateline.
		await expect(shown('.masthead .brand')).resolves.toBe(true);
		await expect(
			page.locator('.masthead .wrap').evaluate((el) => getComputedStyle(el, '::after').content),
		).resolves.toBe(`"https://somoyrekha.example/en/${STORY}/"`);
		await expect(shown('.dateline')).resolves.toBe(true);
		for (const hidden of [
			'.masthead .tools',
			'.site-footer',
			'div.zone-switcher',
			'details.zone-list',
			'a.jump',
		]) {
			await expect(shown(hidden), hidden).resolves.toBe(false);
		}
		// Printed in black on white whatever the screen's theme.
		await expect(
			page.evaluate(() => getComputedStyle(document.body).backgroundColor),
		).resolves.toBe('rgb(255, 255, 255)');
		const after = await page
			.locator('.post-quote a[href^="https://"]')
			.first()
			.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(after).toBe('" (https://x.com/andymstone)"');
		mkdirSync(PRINTS, { recursive: true });
		const pdf = await page.pdf({ path: join(PRINTS, `en-${STORY}.pdf`), format: 'A4' });
		expect(pdf.length).toBeGreaterThan(10_000);
		await page.close();
	});
});

describe('reduced motion', () => {
	it('scrolls to an entry smoothly only when the reader allows motion', async () => {
		const page = await browser.newPage();
		await page.goto(`${server.url}bn/${STORY}/`);
		const behaviour = () =>
			page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
		const transition = () =>
			page
				.locator('ol.entries > li')
				.first()
				.evaluate((li) => getComputedStyle(li).transitionDuration);
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await expect(behaviour()).resolves.toBe('smooth');
		await expect(transition()).resolves.toBe('0.6s');
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await expect(behaviour()).resolves.toBe('auto');
		await expect(transition()).resolves.toBe('0s');
		await page.close();
	});
});
