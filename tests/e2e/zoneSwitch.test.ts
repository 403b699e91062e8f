import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchBrowser, type TestBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/server';
import { siteDir } from '../support/site';

/**
 * Reading the timeline in real Chromium: the zone switcher (story zone, Bangladesh time, UTC,
 * the reader's own zone) rewrites every time with the same wording the build uses, remembers the
 * choice on the device, and is absent without JavaScript, where the default view is complete.
 * Key events: marked on each key entry, with no filter that hides the others.
 * Each entry's time is the link to its anchor.
 */

const STORY = 'meta-outage-2024-03-05';
let server: StaticServer;

beforeAll(async () => {
	server = await serveStatic(siteDir());
});
afterAll(async () => {
	await server.close();
});

/** Opens a story page, recording console errors, CSP violations and requests to other origins. */
async function open(browser: TestBrowser, lang: 'bn' | 'en', problems: string[]): Promise<Page> {
	const page = await browser.newPage();
	page.on('console', (msg) => {
		// A failed load is reported below with its address.
		if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) {
			problems.push(`console: ${msg.text()}`);
		}
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('request', (request) => {
		if (new URL(request.url()).origin !== server.origin) {
			problems.push(`request to another origin: ${request.url()}`);
		}
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`CSP blocked ${e.blockedURI} (${e.violatedDirective})`),
		);
	});
	await page.goto(`${server.url}${lang}/${STORY}/`);
	return page;
}

/** Each timeline entry's main time as the reader sees it, by entry id. */
const whenTexts = (page: Page) =>
	page
		.locator('ol.entries > li')
		.evaluateAll((lis) =>
			Object.fromEntries(
				lis.map((li) => [li.id, li.querySelector('.when time')?.textContent?.trim() ?? '']),
			),
		);

/** The UTC times the build wrote beside each entry (`· 15:52 UTC`), by entry id. */
const builtUtc = (page: Page) =>
	page
		.locator('ol.entries > li')
		.evaluateAll((lis) =>
			Object.fromEntries(
				lis.map((li) => [
					li.id,
					li.querySelector('.when .utc')?.textContent?.replace('·', '').trim() ?? '',
				]),
			),
		);

/** The Bangladesh times the build wrote in the no-JavaScript list, by entry id. */
const builtDhaka = (page: Page) =>
	page
		.locator('details.zone-list li a')
		.evaluateAll((as): Record<string, string> =>
			Object.fromEntries(
				as.map((a) => [a.getAttribute('href')?.slice(1) ?? '', a.textContent?.trim() ?? '']),
			),
		);

/**
 * A built time as the timeline's compact column words it: without the zone's name, which the
 * control at the timeline's head states once, e.g. `'9:52 p.m. Bangladesh time'` → `'9:52 p.m.'`.
 */
const unnamed = (times: Record<string, string>, zone: string): Record<string, string> =>
	Object.fromEntries(
		Object.entries(times).map(([id, text]) => {
			expect(text, id).toContain(zone);
			return [id, text.replace(zone, '').replace(/\s+/g, ' ').trim()];
		}),
	);

/** The zone control (a select at the timeline's head), found by its label as a reader would. */
const zoneSelect = (page: Page, label: string) => page.getByLabel(label, { exact: true });
/** Picks a zone by the option's words. */
const chooseZone = (page: Page, label: string, name: string) =>
	zoneSelect(page, label).selectOption({ label: name });
/** The words of the zone the control shows as chosen. */
const chosenZone = (page: Page, label: string) =>
	zoneSelect(page, label).evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.text.trim());

describe('zone switcher with JavaScript', () => {
	let browser: TestBrowser;
	const problems: string[] = [];

	beforeAll(async () => {
		browser = await launchBrowser({ timezoneId: 'Asia/Kolkata' });
	});
	afterAll(async () => {
		await browser.close();
	});

	it('starts in the story’s zone (IST) with UTC beside it', async () => {
		const page = await open(browser, 'en', problems);
		await expect(chosenZone(page, 'Show times in')).resolves.toBe('IST');
		const when = await whenTexts(page);
		// The zone is named once, by the control; the column gives the clock.
		expect(when['stone-first-statement']).toBe('9:22 p.m.');
		expect(when['india-logout']).toBe('around 9 p.m.');
		await page.close();
	});

	it('switches to UTC with the same wording the build gives UTC times', async () => {
		const page = await open(browser, 'en', problems);
		const expected = await builtUtc(page);
		await chooseZone(page, 'Show times in', 'UTC');
		const when = await whenTexts(page);
		expect(when).toEqual(unnamed(expected, 'UTC'));
		expect(when['stone-first-statement']).toBe('15:52');
		expect(when['india-logout']).toBe('around 15:30');
		// The "· UTC" echoes would now repeat the main time; the intro names UTC alone.
		await expect(page.locator('.when .utc').first().isVisible()).resolves.toBe(false);
		await expect(page.locator('.timeline .intro').textContent()).resolves.toMatch(
			/^Times are shown in UTC\./,
		);
		// The summary's first time: the report's own span begins around 9 p.m. IST, which the
		// summary still says beside the shown zone's clock, as the standfirst does (issue 21).
		await expect(page.locator('.status-summary time').first().textContent()).resolves.toBe(
			'around 15:30 UTC (around 9 p.m. IST)',
		);
		await page.close();
	});

	it('switches to Bangladesh time, word for word as the build writes it, and remembers it', async () => {
		const page = await open(browser, 'en', problems);
		const expected = await builtDhaka(page);
		await chooseZone(page, 'Show times in', 'Bangladesh time');
		const when = await whenTexts(page);
		expect(when).toEqual(unnamed(expected, 'Bangladesh time'));
		expect(when['stone-first-statement']).toBe('9:52 p.m.');
		expect(when['india-logout']).toBe('around 9:30 p.m.');
		// On paper, where the control is gone, the head's line names the zone the column is in.
		const headLine = page.locator('.timeline-head .zone-static');
		await expect(headLine.isVisible()).resolves.toBe(false);
		await page.emulateMedia({ media: 'print' });
		await expect(headLine.isVisible()).resolves.toBe(true);
		await expect(headLine.textContent()).resolves.toBe('Times in Bangladesh time, with UTC');
		await page.emulateMedia({ media: 'screen' });
		await expect(page.locator('.when .utc').first().isVisible()).resolves.toBe(true);

		await page.reload();
		await expect(chosenZone(page, 'Show times in')).resolves.toBe('Bangladesh time');
		expect((await whenTexts(page))['stone-first-statement']).toBe('9:52 p.m.');
		await expect(page.evaluate(() => localStorage.getItem('somoyrekha:zone'))).resolves.toBe(
			'Asia/Dhaka',
		);
		await page.close();

		// The choice belongs to the reader, not the page: the Bengali edition opens in it too.
		const bn = await open(browser, 'bn', problems);
		await expect(chosenZone(bn, 'সময় দেখান')).resolves.toBe('বাংলাদেশ সময়');
		const bnWhen = await whenTexts(bn);
		expect(bnWhen).toEqual(unnamed(await builtDhaka(bn), 'বাংলাদেশ সময়'));
		expect(bnWhen['stone-first-statement']).toBe('রাত ৯টা ৫২ মিনিট');
		await chooseZone(bn, 'সময় দেখান', 'ভারতীয় সময়');
		expect((await whenTexts(bn))['stone-first-statement']).toBe('রাত ৯টা ২২ মিনিট');
		await bn.close();
	});

	it('marks every key event, and only key events, and links each entry from its time', async () => {
		const page = await open(browser, 'en', problems);
		const marks = await page
			.locator('ol.entries > li')
			.evaluateAll((lis) =>
				lis.map((li) => [
					li.classList.contains('key'),
					li.querySelector('.state')?.textContent?.trim(),
				]),
			);
		expect(marks.filter(([key]) => key).length).toBeGreaterThan(0);
		for (const [key, kind] of marks) {
			expect(kind, String(kind)).toMatch(key ? / · Key event$/ : /^[^·]+$/);
		}
		const keyIds = await page
			.locator('ol.entries > li.key')
			.evaluateAll((lis) => lis.map((li) => `#${li.id}`));
		const link = page.locator(`${keyIds[2]} .when a`);
		await expect(link.getAttribute('href')).resolves.toBe(keyIds[2]);
		await link.click();
		expect(new URL(page.url()).hash).toBe(keyIds[2]);
		await expect(
			page.locator(`${keyIds[2]}`).evaluate((li) => li.matches(':target')),
		).resolves.toBe(true);
		await page.close();
	});

	it('keeps the page free of WCAG A/AA violations with the switcher shown, in both themes', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await open(browser, 'bn', problems);
			await page.emulateMedia({ colorScheme });
			await chooseZone(page, 'সময় দেখান', 'UTC');
			expect(await axeViolations(page), colorScheme).toEqual([]);
			await page.close();
		}
	});

	it('loads its script from the site, with no console error or blocked resource', () => {
		expect(problems).toEqual([]);
	});
});

describe('zone switcher in the reader’s own zone', () => {
	let browser: TestBrowser;
	const problems: string[] = [];

	beforeAll(async () => {
		// UTC+14: the outage's evening in India is the next morning there, so the dates move too.
		browser = await launchBrowser({ timezoneId: 'Pacific/Kiritimati' });
	});
	afterAll(async () => {
		await browser.close();
	});

	it('shows times and dates in the device’s zone, named by its offset', async () => {
		const page = await open(browser, 'en', problems);
		// A reader with no stored choice starts in their device's zone, named by its offset.
		await expect(chosenZone(page, 'Show times in')).resolves.toBe('Your time zone (GMT+14)');
		await chooseZone(page, 'Show times in', 'Your time zone (GMT+14)');
		const when = await whenTexts(page);
		expect(when['stone-first-statement']).toBe('5:52 a.m.');
		expect(when['india-logout']).toBe('around 5:30 a.m.');
		await expect(page.locator('ol.entries .date').allTextContents()).resolves.toEqual([
			'Wednesday, 6 March 2024',
		]);
		await page.reload();
		await expect(chosenZone(page, 'Show times in')).resolves.toBe('Your time zone (GMT+14)');
		// Back to the story's zone: the story's own date returns.
		await chooseZone(page, 'Show times in', 'IST');
		await expect(page.locator('ol.entries .date').allTextContents()).resolves.toEqual([
			'Tuesday, 5 March 2024',
		]);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('draws switched Bengali times, with words the built page lacks, in the web font', async () => {
		const page = await open(browser, 'bn', problems);
		await chooseZone(page, 'সময় দেখান', 'আপনার ডিভাইসের সময় (GMT+১৪)');
		const first = page.locator('ol.entries > li').first();
		await expect(first.locator('.when time').textContent()).resolves.toBe('ভোর ৫টা নাগাদ');
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		const cdp = await browser.context.newCDPSession(page);
		await cdp.send('DOM.enable');
		await cdp.send('CSS.enable');
		const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
		for (const selector of ['ol.entries > li .when time', 'ol.entries > li .date']) {
			const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
			const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
			expect(
				fonts.map((f) => `${f.familyName} (${f.isCustomFont ? 'web font' : 'system font'})`),
				selector,
			).toEqual(['Noto Sans Bengali (web font)']);
		}
		await cdp.detach();
		expect(problems).toEqual([]);
		await page.close();
	});
});

describe('without JavaScript', () => {
	let browser: TestBrowser;
	const problems: string[] = [];

	beforeAll(async () => {
		browser = await launchBrowser({ javaScriptEnabled: false });
	});
	afterAll(async () => {
		await browser.close();
	});

	it('shows every time in the story’s zone and UTC, Bangladesh times on request, and no dead switch', async () => {
		const page = await open(browser, 'en', problems);
		await expect(page.locator('div.zone-switcher').isVisible()).resolves.toBe(false);
		const when = await whenTexts(page);
		expect(Object.keys(when)).toHaveLength(7);
		// The column gives the clock; the head says the zone.
		await expect(page.locator('.zone-static').textContent()).resolves.toBe(
			'Times in IST, with UTC',
		);
		expect(
			Object.values(when).every((text) => /^(around )?\d{1,2}(:\d\d)? [ap]\.m\.$/.test(text)),
		).toBe(true);
		expect(Object.values(await builtUtc(page)).every((text) => text.endsWith(' UTC'))).toBe(true);

		await page.getByText('All times in Bangladesh time').click();
		const dhaka = page.locator('details.zone-list li');
		await expect(dhaka.count()).resolves.toBe(7);
		await expect(dhaka.nth(3).isVisible()).resolves.toBe(true);
		await expect(dhaka.nth(3).textContent()).resolves.toBe('9:52 p.m. Bangladesh time · Statement');
		await page.close();
	});

	it('hides no entry: key events stand out, and there is no filter', async () => {
		const page = await open(browser, 'bn', problems);
		await expect(page.locator('#status-major-disruptions .text').isVisible()).resolves.toBe(true);
		await expect(page.locator('input[type=checkbox]').count()).resolves.toBe(0);
		// A key entry's marker is larger than another's, and its state says so in words.
		const size = (id: string) =>
			page.locator(`#${id}`).evaluate((li) => parseFloat(getComputedStyle(li, '::before').width));
		expect(await size('stone-first-statement')).toBeGreaterThan(
			await size('status-major-disruptions'),
		);
		await expect(page.locator('#stone-first-statement .state').textContent()).resolves.toMatch(
			/গুরুত্বপূর্ণ ঘটনা/,
		);
		expect(problems).toEqual([]);
		await page.close();
	});
});
